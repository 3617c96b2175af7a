import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import type { SynapseEventReport } from "@/lib/synapse/event-reports";

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
  return (
    <TableRow data-testid="report-row">
      <TableCell className="font-mono text-sm">
        <IntentLink className="underline-offset-4 hover:underline" href={reportHref(report.id)}>
          #{report.id}
        </IntentLink>
      </TableCell>
      <TableCell className="max-w-xs truncate">{report.reason ?? ""}</TableCell>
      <TableCell className="text-sm">{report.score ?? ""}</TableCell>
      <TableCell className="text-sm">
        <span>{report.name ?? report.canonical_alias ?? ""}</span>
        <span className="block font-mono text-xs text-muted-foreground">{report.room_id}</span>
      </TableCell>
      <TableCell className="font-mono text-xs">{report.sender ?? ""}</TableCell>
      <TableCell className="font-mono text-xs">{report.user_id}</TableCell>
      <TableCell className="text-sm">{formatTimestamp(report.received_ts)}</TableCell>
    </TableRow>
  );
}
