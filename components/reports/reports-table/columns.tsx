import { IntentLink } from "@/components/ui/intent-link";
import { PHONE_CELL, PHONE_FACT } from "@/components/ui/phone-rows";
import { FREE_TEXT_LINE_CLASS, TableCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { formatTimestamp } from "@/components/users/format-time";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";
import { ReasonText, REPORT_FACT_CELL, REPORT_ROW, REPORT_WIDE_CELL } from "../report-row-parts";

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
      <TableCell className={cn("font-mono text-sm", PHONE_CELL)}>
        <IntentLink className="underline-offset-4 hover:underline" href={reportHref(report.id)}>
          #{report.id}
        </IntentLink>
      </TableCell>
      <TableCell className={REPORT_WIDE_CELL}>
        <ReasonText reason={report.reason} />
      </TableCell>
      <TableCell className={cn("text-sm", PHONE_FACT, "max-md:empty:hidden")} data-label="Score">
        {report.score ?? ""}
      </TableCell>
      <TableCell className={cn("text-sm", REPORT_WIDE_CELL)}>
        <span className={cn(FREE_TEXT_LINE_CLASS, "max-w-48")} dir="auto" title={roomName}>
          {roomName}
        </span>
        <span className="block font-mono text-xs break-all text-muted-foreground">
          {report.room_id}
        </span>
      </TableCell>
      <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Sender">
        {report.sender ?? ""}
      </TableCell>
      <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Reporter">
        {report.user_id}
      </TableCell>
      <TableCell className={cn("text-sm", REPORT_FACT_CELL)} data-label="Received">
        {formatTimestamp(report.received_ts)}
      </TableCell>
    </TableRow>
  );
}
