import Link from "next/link";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";

type Props = { search: RoomListSearch; shown: number; total: number; hasNext: boolean };

export function RoomsPager({ search, shown, total, hasNext }: Props) {
  const first = (search.page - 1) * search.size + 1;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm">
      <p data-testid="rooms-count">
        {shown === 0 ? "No rooms" : `Rooms ${first}–${first + shown - 1}`} of {total}
        <span className="text-muted-foreground"> (Synapse&apos;s total may be approximate)</span>
      </p>
      <div className="flex gap-4">
        {search.page > 1 ? (
          <Link href={roomListHref(search, { page: search.page - 1 })}>Previous</Link>
        ) : null}
        {hasNext ? <Link href={roomListHref(search, { page: search.page + 1 })}>Next</Link> : null}
      </div>
    </nav>
  );
}
