import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { FREE_TEXT_CLASS, TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { countOf } from "@/lib/format/count";
import type { NamedJoinedRooms, NamedRoom } from "@/lib/synapse/user-details";

/** "3 rooms", or, past the cap, how many of them got a name. */
export function describeJoinedRooms({ rooms, total }: NamedJoinedRooms): string {
  const count = countOf(total, "room");
  if (rooms.length >= total) return count;
  return `${count}; names shown for the first ${rooms.length} only.`;
}

function RoomName({ room }: { room: NamedRoom }) {
  const href = `/rooms/${encodeURIComponent(room.roomId)}`;
  if (room.problem !== null)
    return (
      <>
        <IntentLink href={href} className="font-mono text-sm hover:underline">
          {room.roomId}
        </IntentLink>
        <div className="text-xs text-muted-foreground">Name unavailable: {room.problem}</div>
      </>
    );
  return (
    <IntentLink
      href={href}
      className={cn(FREE_TEXT_CLASS, "font-medium hover:underline")}
      dir="auto"
    >
      {room.name ?? "(no name)"}
    </IntentLink>
  );
}

/** The rooms a user is joined to, each linking to its room page. */
export function UserJoinedRooms({ joined }: { joined: NamedJoinedRooms }) {
  // The first rooms of the total, so none exactly when the user is in no room.
  return (
    <DataTable
      label="Joined rooms"
      columns={["Room", "Room ID"]}
      rows={joined.rooms}
      empty="Not joined to any room."
      emptyAs="text"
      renderRow={(room) => (
        <TableRow key={room.roomId}>
          <TableCell>
            <RoomName room={room} />
          </TableCell>
          <TableCell className="font-mono text-xs text-muted-foreground">{room.roomId}</TableCell>
        </TableRow>
      )}
    />
  );
}
