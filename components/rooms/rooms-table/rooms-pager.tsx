import { Pager } from "@/components/ui/pager";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";

type Props = { search: RoomListSearch; shown: number; total: number; hasNext: boolean };

export function RoomsPager({ search, shown, total, hasNext }: Props) {
  const first = (search.page - 1) * search.size + 1;
  return (
    <Pager
      summary={
        <>
          {shown === 0 ? "No rooms" : `Rooms ${first}–${first + shown - 1}`} of {total}
          <span> (Synapse&apos;s total may be approximate)</span>
        </>
      }
      summaryTestId="rooms-count"
      previousHref={search.page > 1 ? roomListHref(search, { page: search.page - 1 }) : null}
      nextHref={hasNext ? roomListHref(search, { page: search.page + 1 }) : null}
    />
  );
}
