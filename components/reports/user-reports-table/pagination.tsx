import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";
import { toUserReportListQuery, type UserReportListSearch } from "@/lib/schemas/user-report-list";

type Props = { search: UserReportListSearch; total: number; shown: number; nextToken?: number };

/** The filters in force, in words ("reported user @a, reporter @b"); undefined when there are none. */
function userReportFilter({ target, reporter }: UserReportListSearch) {
  const parts = [
    target ? `reported user ${target}` : null,
    reporter ? `reporter ${reporter}` : null,
  ];
  const words = parts.filter(Boolean);
  return words.length > 0 ? words.join(", ") : undefined;
}

export function UserReportsPagination({ search, total, shown, nextToken }: Props) {
  const href = (from: number) => `/reports/users${toUserReportListQuery(search, { from })}`;
  return (
    <Pager
      pageSize={search.limit}
      summary={listRange({
        noun: "report",
        first: search.from + 1,
        shown,
        total,
        filter: userReportFilter(search),
      })}
      summaryTestId="user-reports-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={nextToken !== undefined && Number.isFinite(nextToken) ? href(nextToken) : null}
    />
  );
}
