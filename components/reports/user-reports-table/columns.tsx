import { IntentLink } from "@/components/ui/intent-link";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { userHref } from "@/components/users/users-table/columns";
import type { SynapseUserReport } from "@/lib/synapse/user-reports";

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
    <TableRow data-testid="user-report-row">
      <TableCell className="font-mono text-sm">
        <IntentLink className="underline-offset-4 hover:underline" href={userReportHref(report.id)}>
          #{report.id}
        </IntentLink>
      </TableCell>
      <TableCell className="max-w-xs truncate">{report.reason ?? ""}</TableCell>
      <TableCell className="font-mono text-xs">
        <IntentLink
          className="underline-offset-4 hover:underline"
          href={userHref(report.target_user_id)}
        >
          {report.target_user_id}
        </IntentLink>
      </TableCell>
      <TableCell className="font-mono text-xs">{report.user_id}</TableCell>
      <TableCell className="text-sm">{formatTimestamp(report.received_ts)}</TableCell>
    </TableRow>
  );
}
