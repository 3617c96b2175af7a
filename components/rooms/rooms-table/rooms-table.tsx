import { IntentLink } from "@/components/ui/intent-link";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import type { RoomListSearch } from "@/lib/schemas/room-list";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";
import { ROOM_COLUMNS } from "./columns";
import { SortHeader } from "./sort-header";

type Props = { rooms: SynapseRoomListEntry[]; search: RoomListSearch };

export function RoomsTable({ rooms, search }: Props) {
  // The pager above says that there are none, and whether a search or filter is why.
  if (rooms.length === 0) return null;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <SortHeader search={search} column="name" label="Name" />
          {ROOM_COLUMNS.map((column) => (
            <SortHeader key={column.key} search={search} column={column.key} label={column.label} />
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rooms.map((room) => (
          <TableRow key={room.room_id} data-testid="room-row">
            <TableCell>
              <IntentLink
                href={`/rooms/${encodeURIComponent(room.room_id)}`}
                className="font-medium hover:underline"
              >
                {room.name ?? room.canonical_alias ?? room.room_id}
              </IntentLink>
              <div className="text-xs text-muted-foreground">{room.room_id}</div>
            </TableCell>
            {ROOM_COLUMNS.map((column) => (
              <TableCell key={column.key}>{column.cell(room)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
