import { IntentLink } from "@/components/ui/intent-link";
import { formatTimestamp } from "@/components/users/format-time";
import { UserIdLink } from "@/components/users/user-id-link";
import { serverNameOf } from "@/lib/schemas/matrix-id";
import type { SynapseEventReportDetail } from "@/lib/synapse/event-reports";
import { FACT_LIST_CLASS } from "@/components/ui/fact-list";

function roomHref(roomId: string) {
  return `/rooms/${encodeURIComponent(roomId)}`;
}

/** What was reported, by whom, and where. */
export function ReportSummary({ report }: { report: SynapseEventReportDetail }) {
  const roomLabel = report.name ?? report.canonical_alias ?? report.room_id;
  return (
    <dl className={FACT_LIST_CLASS}>
      <dt className="text-muted-foreground">Reason</dt>
      <dd data-testid="report-reason">{report.reason ?? "(none given)"}</dd>
      <dt className="text-muted-foreground">Score</dt>
      <dd>{report.score ?? "(none given)"}</dd>
      <dt className="text-muted-foreground">Reported by</dt>
      <dd data-testid="report-reporter">
        <UserIdLink userId={report.user_id} />
      </dd>
      <dt className="text-muted-foreground">Event sender</dt>
      <dd data-testid="report-sender">
        {/* A reporter is one of this server's users: a sender of the same server has a page here. */}
        {report.sender ? (
          <UserIdLink userId={report.sender} localServer={serverNameOf(report.user_id)} />
        ) : (
          "–"
        )}
      </dd>
      <dt className="text-muted-foreground">Room</dt>
      <dd className="break-all">
        <IntentLink className="underline underline-offset-4" href={roomHref(report.room_id)}>
          {roomLabel}
        </IntentLink>
        {roomLabel !== report.room_id ? (
          <span className="ml-2 font-mono text-xs text-muted-foreground">{report.room_id}</span>
        ) : null}
      </dd>
      <dt className="text-muted-foreground">Event</dt>
      <dd className="font-mono break-all" data-testid="report-event-id">
        {report.event_id}
      </dd>
      <dt className="text-muted-foreground">Received</dt>
      <dd>{formatTimestamp(report.received_ts)}</dd>
    </dl>
  );
}
