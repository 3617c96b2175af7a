import { IntentLink } from "@/components/ui/intent-link";
import { PHONE_CELL } from "@/components/ui/phone-rows";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { userHref } from "@/components/users/users-table/columns";
import type { SynapseUserReport } from "@/lib/synapse/user-reports";
import { cn } from "@/lib/utils";
import { ReasonText, REPORT_FACT_CELL, REPORT_ROW, REPORT_WIDE_CELL } from "../report-row-parts";

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
      <TableCell className={cn("font-mono text-sm", PHONE_CELL)}>
        <IntentLink className="underline-offset-4 hover:underline" href={userReportHref(report.id)}>
          #{report.id}
        </IntentLink>
      </TableCell>
      <TableCell className={REPORT_WIDE_CELL}>
        <ReasonText reason={report.reason} />
      </TableCell>
      <TableCell className={cn("font-mono text-xs", REPORT_FACT_CELL)} data-label="Reported user">
        <IntentLink
          className="underline-offset-4 hover:underline"
          href={userHref(report.target_user_id)}
        >
          {report.target_user_id}
        </IntentLink>
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
