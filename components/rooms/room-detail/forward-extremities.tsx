import { DeleteExtremitiesButton } from "@/components/rooms/room-actions/delete-extremities-button";
import { cn } from "@/lib/utils";
import { PHONE_CELL, PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { countOf } from "@/lib/format/count";
import { formatEventTime } from "@/lib/timeline/format-event-time";
import type { SynapseForwardExtremities } from "@/lib/synapse/room-details";

/** A rule of thumb of ours: a handful is harmless, past this many a room is worth repairing. */
const MANY_EXTREMITIES = 10;

type Props = {
  roomId: string;
  roomLabel: string;
  extremities: SynapseForwardExtremities;
  canDelete: boolean;
};

// Below md each extremity is a compact block (ui/phone-rows.ts): its event ID, then its facts.
const ROW = cn(PHONE_ROW, "max-md:grid-cols-3");
const FACT = cn("font-mono text-xs", PHONE_FACT);

/** The room's forward extremities (the newest events nothing points back to yet), newest first. */
export function ForwardExtremities({ roomId, roomLabel, extremities, canDelete }: Props) {
  const rows = [...extremities.results].sort((a, b) => b.depth - a.depth);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm" data-testid="extremities-count">
          {countOf(extremities.count, "forward extremity", "forward extremities")}
          {extremities.count > MANY_EXTREMITIES
            ? ": many, which slows down every new event in the room."
            : extremities.count === 1
              ? ": normal."
              : "."}
        </p>
        {canDelete && extremities.count > 0 ? (
          <DeleteExtremitiesButton
            roomId={roomId}
            roomLabel={roomLabel}
            count={extremities.count}
            newest={rows[0]?.event_id ?? null}
          />
        ) : null}
      </div>
      <DataTable
        label="Forward extremities"
        columns={["Event", "Depth", "State group", "Received (UTC)"]}
        rows={rows}
        empty="None."
        emptyAs="text"
        blocksOnPhone
        renderRow={(extremity) => (
          <TableRow key={extremity.event_id} data-testid="extremity-row" className={ROW}>
            <TableCell
              className={cn("font-mono text-xs break-all", PHONE_CELL, "max-md:col-span-3")}
            >
              {extremity.event_id}
            </TableCell>
            <TableCell className={FACT} data-label="Depth">
              {extremity.depth}
            </TableCell>
            <TableCell className={FACT} data-label="State group">
              {extremity.state_group ?? "–"}
            </TableCell>
            <TableCell className={cn(FACT, "md:whitespace-nowrap")} data-label="Received">
              {extremity.received_ts === null ? "–" : formatEventTime(extremity.received_ts)}
            </TableCell>
          </TableRow>
        )}
      />
    </div>
  );
}
