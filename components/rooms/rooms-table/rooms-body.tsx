"use client";

import { memo } from "react";
import { PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import {
  FREE_TEXT_CLASS,
  TABLE_CELL_CLASS,
  TABLE_ROW_CLASS,
  TableBody,
} from "@/components/ui/table";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";
import { cn } from "@/lib/utils";
import { ROOM_COLUMNS } from "./columns";

// Merged once: the rows are plain elements (see table.tsx).
const ROW = cn(TABLE_ROW_CLASS, PHONE_ROW, "max-md:grid-cols-3");
const NAME_CELL = cn(TABLE_CELL_CLASS, "max-md:col-span-3 max-md:p-0");
const NAME_LINK = cn(FREE_TEXT_CLASS, "font-medium hover:underline");
const FACT_CELLS = ROOM_COLUMNS.map((column) =>
  cn(TABLE_CELL_CLASS, PHONE_FACT, !column.onPhone && "max-md:hidden"),
);

/**
 * One page's rooms. Memoised: showing a page drawn ahead must not draw its rows again. Below md
 * each room is a compact block (its name, ID and the facts marked onPhone, each labelled).
 */
export const RoomsBody = memo(function RoomsBody({ rooms }: { rooms: SynapseRoomListEntry[] }) {
  return (
    <TableBody className="max-md:block">
      {rooms.map((room) => (
        <tr key={room.room_id} data-testid="room-row" className={ROW}>
          <td className={NAME_CELL}>
            {/* A plain link: the table's row-link handlers navigate and prefetch (row-links.ts). */}
            <a href={`/rooms/${encodeURIComponent(room.room_id)}`} className={NAME_LINK} dir="auto">
              {room.name ?? room.canonical_alias ?? room.room_id}
            </a>
            <div className="text-xs text-muted-foreground">{room.room_id}</div>
          </td>
          {ROOM_COLUMNS.map((column, at) => (
            <td key={column.key} data-label={column.label} className={FACT_CELLS[at]}>
              {column.cell(room)}
            </td>
          ))}
        </tr>
      ))}
    </TableBody>
  );
});
