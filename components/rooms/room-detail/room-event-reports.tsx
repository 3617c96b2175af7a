import { DataTable } from "@/components/ui/data-table";
import { IntentLink } from "@/components/ui/intent-link";
import { TableRow } from "@/components/ui/table";
import {
  ReasonCell,
  ReceivedCell,
  ReportNumberCell,
  REPORT_ROW,
  ReporterCell,
} from "@/components/reports/report-row-parts";
import { reportHref } from "@/components/reports/reports-table/columns";
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
            <ReportNumberCell id={report.id} href={reportHref(report.id)} />
            <ReporterCell userId={report.user_id} />
            <ReasonCell reason={report.reason} />
            <ReceivedCell receivedTs={report.received_ts} />
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
