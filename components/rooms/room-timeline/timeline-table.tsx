import { IntentLink } from "@/components/ui/intent-link";
import { LongText } from "@/components/ui/long-text";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { TableCell, TableRow } from "@/components/ui/table";
import { userHref } from "@/components/users/users-table/columns";
import { cn } from "@/lib/utils";
import { describeEvent, type EventSummary } from "@/lib/timeline/describe-event";
import { formatEventTime } from "@/lib/timeline/format-event-time";
import type { SynapseTimelineEvent } from "@/lib/synapse/room-timeline";

const KIND_BADGES: Partial<Record<EventSummary["kind"], string>> = {
  redacted: "Redacted",
  encrypted: "Encrypted",
  state: "State",
};

function EventText({ summary }: { summary: EventSummary }) {
  const badge = KIND_BADGES[summary.kind];
  return (
    <div className="flex min-w-0 items-start gap-2">
      {badge ? (
        <Badge variant={summary.kind === "state" ? "outline" : "secondary"}>{badge}</Badge>
      ) : null}
      {/* Plain text only: React escapes it, and message bodies keep their line breaks. */}
      <span
        className={cn(
          "min-w-0 wrap-anywhere whitespace-pre-wrap",
          summary.kind !== "message" && "text-muted-foreground italic",
        )}
        data-testid="timeline-body"
      >
        <LongText text={summary.text} />
      </span>
    </div>
  );
}

type Props = { events: SynapseTimelineEvent[]; highlight?: string };

/** One page of a room's events, newest first: time, sender, type and what it says or did. */
export function TimelineTable({ events, highlight }: Props) {
  return (
    <DataTable
      label="Room timeline"
      columns={["Time (UTC)", "Sender", "Type", "Event"]}
      rows={events}
      empty="No events on this page."
      renderRow={(event) => {
        const summary = describeEvent(event);
        const marked = event.event_id === highlight;
        return (
          <TableRow
            key={event.event_id}
            data-testid="timeline-row"
            data-kind={summary.kind}
            data-event-id={event.event_id}
            aria-current={marked ? "true" : undefined}
            className={cn("align-top", marked && "bg-accent")}
          >
            <TableCell className="font-mono text-xs whitespace-nowrap">
              {formatEventTime(event.origin_server_ts)}
            </TableCell>
            <TableCell className="max-w-56 font-mono text-xs break-all">
              <IntentLink
                className="underline-offset-4 hover:underline"
                href={userHref(event.sender)}
              >
                {event.sender}
              </IntentLink>
            </TableCell>
            <TableCell className="font-mono text-xs whitespace-nowrap">{event.type}</TableCell>
            <TableCell className="max-w-xl text-sm">
              <EventText summary={summary} />
            </TableCell>
          </TableRow>
        );
      }}
    />
  );
}
