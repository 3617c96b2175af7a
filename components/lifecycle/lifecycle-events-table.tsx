import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { userHref } from "@/components/users/users-table/columns";
import type { LifecycleEventRow } from "@/lib/lifecycle/read-events";

const STATUS_VARIANT: Record<string, "success" | "warning" | "destructive" | "secondary"> = {
  applied: "success",
  pending: "warning",
  failed: "destructive",
  superseded: "secondary",
  ignored: "secondary",
};

const STATUS_WORDS: Record<string, string> = {
  pending: "waiting",
};

/** The events as they came, newest first: what, about whom, from whom, and what became of it. */
export function LifecycleEventsTable({ events }: { events: LifecycleEventRow[] }) {
  if (events.length === 0) {
    return <p className="text-sm text-muted-foreground">No lifecycle event has come yet.</p>;
  }
  return (
    <Table aria-label="Lifecycle events">
      <TableHeader>
        <TableRow>
          <TableHead>Received</TableHead>
          <TableHead>Event</TableHead>
          <TableHead>User</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Policy</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.seq} data-testid="lifecycle-event-row">
            <TableCell className="text-xs">
              <div>{formatRunTime(event.receivedAt)}</div>
              <div className="text-muted-foreground">from {event.receivedBy}</div>
            </TableCell>
            <TableCell>
              <div className="font-medium">{event.type}</div>
              <div className="font-mono text-xs break-all text-muted-foreground">
                {event.eventId}
              </div>
            </TableCell>
            <TableCell className="font-mono text-xs break-all">
              <IntentLink
                className="underline-offset-2 hover:underline"
                href={userHref(event.userId)}
              >
                {event.userId}
              </IntentLink>
            </TableCell>
            <TableCell className="max-w-80 text-xs">
              <Badge variant={STATUS_VARIANT[event.status] ?? "secondary"}>
                {STATUS_WORDS[event.status] ?? event.status}
              </Badge>
              {event.error ? <p className="mt-1 break-words">{event.error}</p> : null}
              {event.runId ? (
                <IntentLink
                  className="mt-1 block underline-offset-2 hover:underline"
                  href={`/jobs/runs/${event.runId}`}
                >
                  Its run
                </IntentLink>
              ) : null}
            </TableCell>
            <TableCell className="text-xs">
              {event.policyVersion === null ? "—" : `version ${event.policyVersion}`}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
