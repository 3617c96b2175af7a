import { IntentLink } from "@/components/ui/intent-link";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { TableCell, TableRow } from "@/components/ui/table";
import { listRange } from "@/lib/format/list-range";
import { destinationHref } from "@/components/federation/destinations-table/columns";
import type { SynapseDestinationRoomList } from "@/lib/synapse/federation";

type Props = { destination: string; list: SynapseDestinationRoomList; from: number; limit: number };

/** The rooms this server shares with the destination, paged by Synapse. */
export function DestinationRooms({ destination, list, from, limit }: Props) {
  const href = (offset: number) =>
    `${destinationHref(destination)}${offset > 0 ? `?from=${offset}` : ""}`;
  return (
    <div className="space-y-4">
      <DataTable
        label={`Rooms shared with ${destination}`}
        columns={["Room", "Stream position"]}
        rows={list.rooms}
        empty="No rooms: this server shares none with it."
        emptyAs="text"
        renderRow={(room) => (
          <TableRow key={room.room_id} data-testid="destination-room-row">
            <TableCell className="font-mono text-sm">
              <IntentLink
                className="underline-offset-4 hover:underline"
                href={`/rooms/${encodeURIComponent(room.room_id)}`}
              >
                {room.room_id}
              </IntentLink>
            </TableCell>
            <TableCell className="font-mono text-sm">{room.stream_ordering ?? "none"}</TableCell>
          </TableRow>
        )}
      />
      {list.total > 0 ? (
        <Pager
          fetchNextAhead={false}
          label="Room pages"
          summary={listRange({
            noun: "room",
            first: from + 1,
            shown: list.rooms.length,
            total: list.total,
          })}
          previousHref={from > 0 ? href(Math.max(0, from - limit)) : null}
          nextHref={
            list.next_token !== undefined && Number.isFinite(list.next_token)
              ? href(list.next_token)
              : null
          }
        />
      ) : null}
    </div>
  );
}
