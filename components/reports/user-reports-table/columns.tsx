import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { userHref } from "@/components/users/users-table/columns";
import type { SynapseUserReport } from "@/lib/synapse/user-reports";
import { cn } from "@/lib/utils";
import {
  ReasonCell,
  ReceivedCell,
  ReportNumberCell,
  REPORT_FACT_CELL,
  REPORT_ROW,
  ReporterCell,
} from "../report-row-parts";

export const USER_REPORT_COLUMNS = [
  "Report",
  "Reason",
  "Reported user",
  "Reporter",
  "Received",
] as const;

function userReportHref(reportId: string) {
  return `/reports/users/${encodeURIComponent(reportId)}`;
}

/** One report about a user; its number links to the report's page, the user to theirs. */
export function UserReportRow({ report }: { report: SynapseUserReport }) {
  return (
    <TableRow data-testid="user-report-row" className={REPORT_ROW}>
      <ReportNumberCell id={report.id} href={userReportHref(report.id)} />
      <ReasonCell reason={report.reason} />
      <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Reported user">
        <IntentLink
          className="underline-offset-4 hover:underline"
          href={userHref(report.target_user_id)}
        >
          {report.target_user_id}
        </IntentLink>
      </TableCell>
      <ReporterCell userId={report.user_id} />
      <ReceivedCell receivedTs={report.received_ts} />
    </TableRow>
  );
}
