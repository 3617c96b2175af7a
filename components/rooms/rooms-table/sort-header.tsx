import { FollowLink, type InPlace } from "@/components/ui/paged-list/follow-link";
import { TableHead } from "@/components/ui/table";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { roomListHref } from "./room-list-href";

type Props = {
  search: RoomListSearch;
  column: RoomListSearch["sort"];
  label: string;
  /** Shows the list in the new order in place, and reads it ahead when a pointer rests on it. */
  inPlace: InPlace;
};

export function SortHeader({ search, column, label, inPlace }: Props) {
  const active = search.sort === column;
  const dir = active && search.dir === "asc" ? "desc" : "asc";
  const arrow = active ? (search.dir === "asc" ? " ↑" : " ↓") : "";
  return (
    <TableHead
      aria-sort={active ? (search.dir === "asc" ? "ascending" : "descending") : "none"}
      // Below md the header row is a line of sort links above the rooms' blocks.
      className="max-md:h-auto max-md:px-0 max-md:py-1"
    >
      <FollowLink
        href={roomListHref(search, { sort: column, dir, page: 1 })}
        inPlace={inPlace}
        className="hover:underline"
      >
        {label}
        {arrow}
      </FollowLink>
    </TableHead>
  );
}
