import { PHONE_FACT } from "@/components/ui/phone-rows";
import { TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import {
  ReasonCell,
  ReceivedCell,
  ReportNumberCell,
  REPORT_FACT_CELL,
  REPORT_LINE_CLASS,
  REPORT_ROW,
  REPORT_WIDE_CELL,
  ReporterCell,
} from "../report-row-parts";

export const REPORT_COLUMNS = [
  "Report",
  "Reason",
  "Score",
  "Room",
  "Sender",
  "Reporter",
  "Received",
] as const;

export function reportHref(reportId: string) {
  return `/reports/${encodeURIComponent(reportId)}`;
}

/** One report of the list; its number links to the report's page. */
export function ReportRow({ report }: { report: SynapseEventReport }) {
  const roomName = report.name ?? report.canonical_alias ?? undefined;
  return (
    <TableRow data-testid="report-row" className={REPORT_ROW}>
      <ReportNumberCell id={report.id} href={reportHref(report.id)} />
      <ReasonCell reason={report.reason} />
      <TableCell className={cn("text-sm", PHONE_FACT, "max-md:empty:hidden")} data-label="Score">
        {report.score ?? ""}
      </TableCell>
      <TableCell className={cn("text-sm", REPORT_WIDE_CELL)}>
        <span className={REPORT_LINE_CLASS} dir="auto" title={roomName}>
          {roomName}
        </span>
        <span className="block font-mono text-xs break-all text-muted-foreground">
          {report.room_id}
        </span>
      </TableCell>
      <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Sender">
        {report.sender ?? ""}
      </TableCell>
      <ReporterCell userId={report.user_id} />
      <ReceivedCell receivedTs={report.received_ts} />
    </TableRow>
  );
}
