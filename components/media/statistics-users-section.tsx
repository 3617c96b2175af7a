import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { formatByteSize } from "@/lib/format/byte-size";
import { listRange } from "@/lib/format/list-range";
import { lastPageOffset } from "@/lib/schemas/page-size";
import { toMediaUsersQuery, type MediaUsersSearch } from "@/lib/schemas/media-statistics";
import type { SynapseUsersMediaStatistics } from "@/lib/synapse/media-statistics";
import { StatisticsBarChart } from "./statistics-bar-chart";
import { StatisticsUsersFilters } from "./statistics-users-filters";
import { StatisticsUsersTable } from "./statistics-users-table";

type Props = {
  search: MediaUsersSearch;
  result: { list: SynapseUsersMediaStatistics } | { problem: string };
  /** Set when the page refused the filters, so nothing was asked of Synapse. */
  refused?: boolean;
};

/** The chart's bars at most: a ranking's head, above a table that may hold 100 rows. */
const CHARTED_USERS = 10;

/**
 * The chart follows the table's sort (by count when sorted by count, else by size), and draws the
 * page's first rows.
 */
function chartOf(list: SynapseUsersMediaStatistics, search: MediaUsersSearch) {
  const byCount = search.sort === "media_count";
  const users = list.users.slice(0, CHARTED_USERS);
  const whose =
    users.length < list.users.length
      ? `this page's first ${users.length} users`
      : "this page's users";
  return {
    title: `${byCount ? "Media uploaded" : "Total size of media"}, ${whose}`,
    bars: users.map((user) => ({
      key: user.user_id,
      label: user.user_id,
      value: byCount ? user.media_count : user.media_length,
      valueText: byCount
        ? user.media_count.toLocaleString("en")
        : formatByteSize(user.media_length),
      href: `/users/${encodeURIComponent(user.user_id)}`,
    })),
  };
}

/** Local users by the media they uploaded: filters, a chart of the page, the table, paging. */
export function StatisticsUsersSection({ search, result, refused = false }: Props) {
  const href = (from: number) => `/media${toMediaUsersQuery(search, { from })}`;
  return (
    <Card role="region" aria-label="Users by media">
      <CardHeader>
        <CardTitle>Users using the most media</CardTitle>
        <p className="text-sm text-muted-foreground">
          Media uploaded to this server by each local user, counted by Synapse over every user and
          paged here. Cached copies of other servers&apos; media are not counted.
        </p>
      </CardHeader>
      <CardContent className="grid gap-4">
        <StatisticsUsersFilters search={search} />
        {"problem" in result ? (
          <PageProblemAlert
            title={refused ? "The time range is refused" : "Could not read the media statistics"}
            problem={result.problem}
          />
        ) : result.list.users.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="media-users-empty">
            No user has uploaded media
            {search.q || search.since || search.until ? " that matches" : ""}.
          </p>
        ) : (
          <>
            <StatisticsBarChart testId="media-users-chart" {...chartOf(result.list, search)} />
            <StatisticsUsersTable users={result.list.users} search={search} />
            <Pager
              label="User pages"
              summary={listRange({
                noun: "user",
                first: search.from + 1,
                shown: result.list.users.length,
                total: result.list.total,
              })}
              summaryTestId="media-users-range"
              pageSize={search.limit}
              firstHref={search.from > 0 ? href(0) : null}
              previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
              nextHref={result.list.next_token !== undefined ? href(result.list.next_token) : null}
              lastHref={
                result.list.next_token !== undefined
                  ? href(lastPageOffset(result.list.total, search.limit))
                  : null
              }
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
