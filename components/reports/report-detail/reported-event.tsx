import { IntentLink } from "@/components/ui/intent-link";
import { LongText } from "@/components/ui/long-text";
import { userHref } from "@/components/users/users-table/columns";
import { timelineHref, DEFAULT_TIMELINE_PAGE_SIZE } from "@/lib/schemas/room-timeline";
import { timelineEventSchema, type SynapseTimelineEvent } from "@/lib/synapse/room-timeline";
import type { SynapseEventReportDetail } from "@/lib/synapse/event-reports";
import { describeEvent } from "@/lib/timeline/describe-event";
import { formatEventTime } from "@/lib/timeline/format-event-time";
import { FACT_LIST_CLASS } from "@/components/ui/fact-list";

/**
 * The reported event as Synapse stored it. Its JSON is the federation form, which leaves the event
 * ID out in room versions 3 and later: the report names it, so it is put back before reading.
 */
export function readReportedEvent(report: SynapseEventReportDetail): SynapseTimelineEvent | null {
  const parsed = timelineEventSchema.safeParse({ event_id: report.event_id, ...report.event_json });
  return parsed.success ? parsed.data : null;
}

type Props = {
  report: SynapseEventReportDetail;
  /** The report's event as readReportedEvent reads it (null: not readable). */
  event: SynapseTimelineEvent | null;
  canReadTimeline: boolean;
};

/** Who sent the reported event, when, and what it said, in plain text; its JSON behind a toggle. */
export function ReportedEvent({ report, event, canReadTimeline }: Props) {
  const summary = event ? describeEvent(event) : null;
  return (
    <div className="space-y-4">
      {event && summary ? (
        <dl className={FACT_LIST_CLASS}>
          <dt className="text-muted-foreground">Sender</dt>
          <dd className="font-mono break-all" data-testid="reported-event-sender">
            <IntentLink className="underline underline-offset-4" href={userHref(event.sender)}>
              {event.sender}
            </IntentLink>
          </dd>
          <dt className="text-muted-foreground">Type</dt>
          <dd className="font-mono" data-testid="reported-event-type">
            {event.type}
          </dd>
          <dt className="text-muted-foreground">Sent</dt>
          <dd data-testid="reported-event-time">{formatEventTime(event.origin_server_ts)} UTC</dd>
          <dt className="text-muted-foreground">Body</dt>
          {/* Plain text, never HTML: formatted_body is not read at all. */}
          <dd className="wrap-anywhere whitespace-pre-wrap" data-testid="reported-event-body">
            {summary.kind === "message" ? <LongText text={summary.text} /> : `(${summary.text})`}
          </dd>
        </dl>
      ) : (
        <p className="text-sm text-muted-foreground">
          Synapse&apos;s copy of this event has no sender, type or time to show; its JSON is below.
        </p>
      )}
      {canReadTimeline ? (
        <IntentLink
          className="text-sm underline underline-offset-4"
          data-testid="reported-event-timeline"
          href={timelineHref(
            report.room_id,
            { show: "all", limit: DEFAULT_TIMELINE_PAGE_SIZE },
            { kind: "event", eventId: report.event_id },
          )}
        >
          See it in the room&apos;s timeline
        </IntentLink>
      ) : null}
      <details>
        <summary className="cursor-pointer text-sm text-muted-foreground">Event JSON</summary>
        <pre className="mt-2 overflow-x-auto text-xs" data-testid="report-event-json">
          {JSON.stringify(report.event_json, null, 2)}
        </pre>
      </details>
    </div>
  );
}
