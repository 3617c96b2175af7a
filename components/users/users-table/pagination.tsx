import { Pager } from "@/components/ui/pager";
import { toUserListQuery, type UserListSearch } from "@/lib/schemas/user-list";

type Props = { search: UserListSearch; total: number; shown: number; nextToken?: string };

export function UsersPagination({ search, total, shown, nextToken }: Props) {
  const nextFrom = nextToken === undefined ? NaN : Number(nextToken);
  const href = (from: number) => `/users${toUserListQuery(search, { from })}`;
  return (
    <Pager
      pageSize={search.limit}
      summary={`${shown === 0 ? 0 : search.from + 1}–${search.from + shown} of ${total}`}
      summaryTestId="users-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={Number.isFinite(nextFrom) ? href(nextFrom) : null}
    />
  );
}
