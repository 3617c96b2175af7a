import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { toPageProblem } from "@/lib/actions/page-problem";
import { hasRole, type Role } from "@/lib/auth/roles";
import { listRange } from "@/lib/format/list-range";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { SearchParams } from "@/lib/schemas/search-params";
import {
  toListUserMediaParams,
  toUserMediaQuery,
  USER_MEDIA_PAGE_SIZE,
  type UserMediaSearch,
} from "@/lib/schemas/user-media-list";
import type { UserMediaOrderBy } from "@/lib/synapse/media";
import { UserMediaDeleteAll } from "./user-media-delete-all";
import { UserMediaTable, type UserMediaSortLink } from "./user-media-table";

const COLUMNS: Array<{ key: UserMediaOrderBy; label: string }> = [
  { key: "upload_name", label: "Name" },
  { key: "media_type", label: "Type" },
  { key: "media_length", label: "Size" },
  { key: "created_ts", label: "Uploaded" },
  { key: "last_access_ts", label: "Last accessed" },
  { key: "quarantined_by", label: "Quarantined" },
  { key: "safe_from_quarantine", label: "Protected" },
];

type Props = {
  userId: string;
  role: Role;
  search: UserMediaSearch;
  /** The page's other search parameters, kept in the list's links. */
  params: SearchParams;
};

async function loadPage(userId: string, search: UserMediaSearch) {
  try {
    const synapse = await getServiceSynapse();
    return {
      list: await synapse.media.ofUser(userId, toListUserMediaParams(search)),
      now: Date.now(),
    };
  } catch (error) {
    return toPageProblem(error);
  }
}

/**
 * The files a user uploaded, a page at a time, sorted by Synapse; for operators and admins only
 * (the page shows viewers the count alone), since the names and previews are people's uploads.
 */
export async function UserMediaPanel({ userId, role, search, params }: Props) {
  const result = await loadPage(userId, search);
  const href = (changes: Partial<UserMediaSearch>) =>
    `/users/${encodeURIComponent(userId)}${toUserMediaQuery(search, changes, params)}#media`;
  const sortLinks: UserMediaSortLink[] = COLUMNS.map((column) => {
    const active = search.mediaSort === column.key ? search.mediaDir : null;
    return {
      ...column,
      active,
      href: href({
        mediaSort: column.key,
        mediaDir: active === "asc" ? "desc" : "asc",
        mediaFrom: 0,
      }),
    };
  });
  return (
    <Card id="media">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
        <div className="space-y-1.5">
          <CardTitle>Media</CardTitle>
          <CardDescription>
            Files this user uploaded to the media repository. Showing a preview counts as an access
            on Synapse.
          </CardDescription>
        </div>
        {"list" in result && hasRole(role, "admin") ? (
          <UserMediaDeleteAll userId={userId} total={result.list.total} />
        ) : null}
      </CardHeader>
      <CardContent className="space-y-3">
        {"problem" in result ? (
          <PageProblemAlert title="Media not shown" problem={result.problem} />
        ) : result.list.total === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="media-empty">
            This user has uploaded no files.
          </p>
        ) : (
          <>
            <UserMediaTable
              userId={userId}
              files={result.list.media}
              sortLinks={sortLinks}
              permissions={{
                canFlag: hasRole(role, "operator"),
                canDelete: hasRole(role, "admin"),
              }}
              now={result.now}
            />
            <Pager
              fetchNextAhead={false}
              label="Media pages"
              summary={listRange({
                noun: "file",
                first: search.mediaFrom + 1,
                shown: result.list.media.length,
                total: result.list.total,
              })}
              summaryTestId="media-range"
              previousHref={
                search.mediaFrom > 0
                  ? href({ mediaFrom: Math.max(0, search.mediaFrom - USER_MEDIA_PAGE_SIZE) })
                  : null
              }
              nextHref={
                result.list.next_token !== undefined && Number.isFinite(result.list.next_token)
                  ? href({ mediaFrom: result.list.next_token })
                  : null
              }
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
