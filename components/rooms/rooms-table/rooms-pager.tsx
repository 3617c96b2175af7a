import type { InPlace } from "@/components/ui/paged-list/follow-link";
import { Pager } from "@/components/ui/pager";
import { listRange } from "@/lib/format/list-range";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";

type Props = {
  search: RoomListSearch;
  shown: number;
  total: number;
  hasNext: boolean;
  inPlace: InPlace;
  renderedAt: number;
};

/** What the rooms list is narrowed to, in words; undefined when it shows every room. */
function roomFilter({ q, public: publicOnly, empty }: RoomListSearch) {
  const kinds = [publicOnly ? "public" : null, empty ? "empty" : null].filter(Boolean).join(", ");
  if (q && kinds) return `“${q}” (${kinds} only)`;
  if (q) return `“${q}”`;
  return kinds ? `the filters (${kinds} only)` : undefined;
}

export function RoomsPager({ search, shown, total, hasNext, inPlace, renderedAt }: Props) {
  const first = (search.page - 1) * search.size + 1;
  // Synapse's total may be approximate: the last page is where it says, and says so if empty.
  const lastPage = Math.max(1, Math.ceil(total / search.size));
  return (
    <Pager
      pageSize={search.size}
      summary={
        <>
          {listRange({ noun: "room", first, shown, total, filter: roomFilter(search) })}
          {total > 0 ? <span> (Synapse&apos;s total may be approximate)</span> : null}
        </>
      }
      summaryTestId="rooms-count"
      previousHref={search.page > 1 ? roomListHref(search, { page: search.page - 1 }) : null}
      nextHref={hasNext ? roomListHref(search, { page: search.page + 1 }) : null}
      firstHref={search.page > 1 ? roomListHref(search, { page: 1 }) : null}
      lastHref={hasNext && lastPage > search.page ? roomListHref(search, { page: lastPage }) : null}
      inPlace={inPlace}
      renderedAt={renderedAt}
    />
  );
}
