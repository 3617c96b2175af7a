import { formatTimestamp } from "@/components/users/format-time";
import { UserIdLink } from "@/components/users/user-id-link";
import type { SynapseUserReport } from "@/lib/synapse/user-reports";
import { FACT_LIST_CLASS } from "@/components/ui/fact-list";

/** Who was reported, by whom, why and when. */
export function UserReportSummary({ report }: { report: SynapseUserReport }) {
  return (
    <dl className={FACT_LIST_CLASS}>
      <dt className="text-muted-foreground">Reason</dt>
      <dd className="break-words whitespace-pre-wrap" data-testid="user-report-reason">
        {report.reason ?? "(none given)"}
      </dd>
      <dt className="text-muted-foreground">Reported user</dt>
      <dd data-testid="user-report-target">
        <UserIdLink userId={report.target_user_id} />
      </dd>
      <dt className="text-muted-foreground">Reported by</dt>
      <dd data-testid="user-report-reporter">
        <UserIdLink userId={report.user_id} />
      </dd>
      <dt className="text-muted-foreground">Received</dt>
      <dd>{formatTimestamp(report.received_ts)}</dd>
    </dl>
  );
}
