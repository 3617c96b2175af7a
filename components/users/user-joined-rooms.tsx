import Link from "next/link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { NamedJoinedRooms, NamedRoom } from "@/lib/synapse/user-details";

/** "3 rooms", or, past the cap, how many of them got a name. */
export function describeJoinedRooms({ rooms, total }: NamedJoinedRooms): string {
  const count = `${total} ${total === 1 ? "room" : "rooms"}`;
  if (rooms.length >= total) return count;
  return `${count}; names shown for the first ${rooms.length} only.`;
}

function RoomName({ room }: { room: NamedRoom }) {
  const href = `/rooms/${encodeURIComponent(room.roomId)}`;
  if (room.problem !== null)
    return (
      <>
        <Link href={href} className="font-mono text-sm hover:underline">
          {room.roomId}
        </Link>
        <div className="text-xs text-muted-foreground">Name unavailable: {room.problem}</div>
      </>
    );
  return (
    <Link href={href} className="font-medium hover:underline">
      {room.name ?? "(no name)"}
    </Link>
  );
}

/** The rooms a user is joined to, each linking to its room page. */
export function UserJoinedRooms({ joined }: { joined: NamedJoinedRooms }) {
  if (joined.total === 0)
    return <p className="text-sm text-muted-foreground">Not joined to any room.</p>;
  return (
    <Table aria-label="Joined rooms">
      <TableHeader>
        <TableRow>
          <TableHead>Room</TableHead>
          <TableHead>Room ID</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {joined.rooms.map((room) => (
          <TableRow key={room.roomId}>
            <TableCell>
              <RoomName room={room} />
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground">{room.roomId}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
