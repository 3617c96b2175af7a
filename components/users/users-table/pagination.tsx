import type { InPlace } from "@/components/ui/paged-list/follow-link";
import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";
import type { UserListSearch } from "@/lib/schemas/user-list";
import { usersHref } from "./users-page";
import { lastPageOffset } from "@/lib/schemas/page-size";

type Props = {
  search: UserListSearch;
  total: number;
  shown: number;
  nextToken: string | null;
  inPlace: InPlace;
  renderedAt: number;
};

export function UsersPagination({ search, total, shown, nextToken, inPlace, renderedAt }: Props) {
  const nextFrom = nextToken === null ? NaN : Number(nextToken);
  const href = (from: number) => usersHref(search, { from });
  // Synapse counts the users matching the search exactly, so the last page's offset is known.
  const lastFrom = lastPageOffset(total, search.limit);
  return (
    <Pager
      pageSize={search.limit}
      summary={listRange({ noun: "user", first: search.from + 1, shown, total })}
      summaryTestId="users-range"
      previousHref={search.from > 0 ? href(Math.max(0, search.from - search.limit)) : null}
      nextHref={Number.isFinite(nextFrom) ? href(nextFrom) : null}
      firstHref={search.from > 0 ? href(0) : null}
      lastHref={Number.isFinite(nextFrom) && lastFrom > search.from ? href(lastFrom) : null}
      inPlace={inPlace}
      renderedAt={renderedAt}
    />
  );
}
