"use client";

import { PageSlots } from "@/components/ui/paged-list/page-slots";
import type { InPlace } from "@/components/ui/paged-list/follow-link";
import type { ListPage } from "@/components/ui/paged-list/use-paged-list";
import { useRowLinks } from "@/components/ui/row-links";
import { Table, TableHeader, TableRow } from "@/components/ui/table";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import { ROOM_COLUMNS } from "./columns";
import { RoomsBody } from "./rooms-body";
import type { RoomsPage } from "./rooms-page";
import { SortHeader } from "./sort-header";

type Props = {
  shown: ListPage<RoomsPage>;
  /** The next page, drawn hidden so Next only reveals it. */
  upcoming: ListPage<RoomsPage> | null;
  search: RoomListSearch;
  /** How the sort links show the list in another order in place. */
  sortLinks: InPlace;
};

/**
 * The rooms of one page. Below md each room is a compact block under a line of sort links, so a
 * phone never scrolls sideways.
 */
export function RoomsTable({ shown, upcoming, search, sortLinks }: Props) {
  const rowLinks = useRowLinks();
  const sortHeader = (column: RoomListSearch["sort"], label: string) => (
    <SortHeader key={column} search={search} column={column} label={label} inPlace={sortLinks} />
  );
  // The pager below says that there are none, and whether a search or filter is why.
  if (shown.page.rooms.length === 0) return null;
  return (
    <Table className="max-md:block" {...rowLinks}>
      <TableHeader className="max-md:block">
        <TableRow className="max-md:flex max-md:flex-wrap max-md:gap-x-3 max-md:gap-y-1 max-md:py-2 max-md:before:py-1 max-md:before:text-muted-foreground max-md:before:content-['Sort_by']">
          {sortHeader("name", "Name")}
          {ROOM_COLUMNS.map((column) => sortHeader(column.key, column.label))}
        </TableRow>
      </TableHeader>
      <PageSlots
        shown={shown}
        upcoming={upcoming}
        render={(page) => <RoomsBody rooms={page.rooms} />}
      />
    </Table>
  );
}
