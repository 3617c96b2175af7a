"use client";

import { memo } from "react";
import { TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";
import { cn } from "@/lib/utils";
import { ROOM_COLUMNS } from "./columns";

const PHONE_FACT =
  "max-md:p-0 max-md:text-xs max-md:before:mr-1 max-md:before:text-muted-foreground max-md:before:content-[attr(data-label)]";

/**
 * One page's rooms. Memoised: showing a page drawn ahead must not draw its rows again. Below md
 * each room is a compact block (its name, ID and the facts marked onPhone, each labelled).
 */
export const RoomsBody = memo(function RoomsBody({ rooms }: { rooms: SynapseRoomListEntry[] }) {
  return (
    <TableBody className="max-md:block">
      {rooms.map((room) => (
        <TableRow
          key={room.room_id}
          data-testid="room-row"
          className="max-md:grid max-md:grid-cols-3 max-md:gap-x-3 max-md:gap-y-1 max-md:py-3 max-md:wrap-anywhere"
        >
          <TableCell className="max-md:col-span-3 max-md:p-0">
            {/* A plain link: the table's row-link handlers navigate and prefetch (row-links.ts). */}
            <a
              href={`/rooms/${encodeURIComponent(room.room_id)}`}
              className="font-medium hover:underline"
            >
              {room.name ?? room.canonical_alias ?? room.room_id}
            </a>
            <div className="text-xs text-muted-foreground">{room.room_id}</div>
          </TableCell>
          {ROOM_COLUMNS.map((column) => (
            <TableCell
              key={column.key}
              data-label={column.label}
              className={cn(PHONE_FACT, !column.onPhone && "max-md:hidden")}
            >
              {column.cell(room)}
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  );
});
