import { DataTable } from "@/components/ui/data-table";
import { IntentLink } from "@/components/ui/intent-link";
import { PHONE_CELL } from "@/components/ui/phone-rows";
import { TableCell, TableRow } from "@/components/ui/table";
import {
  ReasonText,
  REPORT_FACT_CELL,
  REPORT_ROW,
  REPORT_WIDE_CELL,
} from "@/components/reports/report-row-parts";
import { reportHref } from "@/components/reports/reports-table/columns";
import { cn } from "@/lib/utils";
import { formatTimestamp } from "@/components/users/format-time";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import { countOf } from "@/lib/format/count";

type Props = { roomId: string; reports: SynapseEventReport[]; total: number };

/** The newest reports people made about events in this room, each linking to its page. */
export function RoomEventReports({ roomId, reports, total }: Props) {
  if (reports.length === 0) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="room-reports-none">
        None: nobody has reported an event in this room.
      </p>
    );
  }
  return (
    <div className="grid gap-3">
      <DataTable
        label="Event reports"
        columns={["Report", "Reporter", "Reason", "Received"]}
        rows={reports}
        empty="No reports."
        blocksOnPhone
        renderRow={(report) => (
          <TableRow key={report.id} className={REPORT_ROW}>
            <TableCell className={cn("font-mono", PHONE_CELL)}>
              <IntentLink
                className="underline-offset-4 hover:underline"
                href={reportHref(report.id)}
              >
                #{report.id}
              </IntentLink>
            </TableCell>
            <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Reporter">
              {report.user_id}
            </TableCell>
            <TableCell className={REPORT_WIDE_CELL}>
              <ReasonText reason={report.reason} />
            </TableCell>
            <TableCell
              className={cn("md:whitespace-nowrap", REPORT_FACT_CELL)}
              data-label="Received"
            >
              {formatTimestamp(report.received_ts)}
            </TableCell>
          </TableRow>
        )}
      />
      {total > reports.length ? (
        <IntentLink
          className="text-sm underline-offset-4 hover:underline"
          href={`/reports?room=${encodeURIComponent(roomId)}`}
        >
          All {countOf(total, "report")} about this room
        </IntentLink>
      ) : null}
    </div>
  );
}
