import { IntentLink } from "@/components/ui/intent-link";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";
import { cn } from "@/lib/utils";
import { ROOM_COLUMNS } from "./columns";
import { SortHeader } from "./sort-header";

type Props = { rooms: SynapseRoomListEntry[]; search: RoomListSearch };

/**
 * The rooms of one page. Below md each room is a compact block (its name, ID and the facts marked
 * onPhone, each labelled) under a line of sort links, so a phone never scrolls sideways.
 */
export function RoomsTable({ rooms, search }: Props) {
  // The pager below says that there are none, and whether a search or filter is why.
  if (rooms.length === 0) return null;
  return (
    <Table className="max-md:block">
      <TableHeader className="max-md:block">
        <TableRow className="max-md:flex max-md:flex-wrap max-md:gap-x-3 max-md:gap-y-1 max-md:py-2 max-md:before:py-1 max-md:before:text-muted-foreground max-md:before:content-['Sort_by']">
          <SortHeader search={search} column="name" label="Name" />
          {ROOM_COLUMNS.map((column) => (
            <SortHeader key={column.key} search={search} column={column.key} label={column.label} />
          ))}
        </TableRow>
      </TableHeader>
      <TableBody className="max-md:block">
        {rooms.map((room) => (
          <TableRow
            key={room.room_id}
            data-testid="room-row"
            className="max-md:grid max-md:grid-cols-3 max-md:gap-x-3 max-md:gap-y-1 max-md:py-3 max-md:wrap-anywhere"
          >
            <TableCell className="max-md:col-span-3 max-md:p-0">
              <IntentLink
                href={`/rooms/${encodeURIComponent(room.room_id)}`}
                className="font-medium hover:underline"
              >
                {room.name ?? room.canonical_alias ?? room.room_id}
              </IntentLink>
              <div className="text-xs text-muted-foreground">{room.room_id}</div>
            </TableCell>
            {ROOM_COLUMNS.map((column) => (
              <TableCell
                key={column.key}
                data-label={column.label}
                className={cn(
                  "max-md:p-0 max-md:text-xs max-md:before:mr-1 max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)]",
                  !column.onPhone && "max-md:hidden",
                )}
              >
                {column.cell(room)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
