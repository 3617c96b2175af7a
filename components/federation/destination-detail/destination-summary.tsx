import { TimeInWords } from "@/components/ui/time-in-words";
import { Badge } from "@/components/ui/badge";
import { formatDuration } from "@/lib/format/duration";
import { isBackingOff, type SynapseDestination } from "@/lib/synapse/federation";

type Props = { destination: SynapseDestination; now: Date };

/** A destination's retry state in words: whether Synapse is backing off, since when, until when. */
export function DestinationSummary({ destination, now }: Props) {
  const backingOff = isBackingOff(destination);
  const nextTry =
    backingOff && destination.retry_last_ts && destination.retry_interval
      ? destination.retry_last_ts + destination.retry_interval
      : null;
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-muted-foreground">State</dt>
      <dd data-testid="destination-state">
        {backingOff ? (
          <Badge variant="warning">In back-off</Badge>
        ) : (
          <Badge variant="success">Not backing off</Badge>
        )}
      </dd>
      <dt className="text-muted-foreground">Failing since</dt>
      <dd>
        <TimeInWords ms={destination.failure_ts} now={now} />
      </dd>
      <dt className="text-muted-foreground">Last retry</dt>
      <dd>
        <TimeInWords ms={destination.retry_last_ts} now={now} />
      </dd>
      <dt className="text-muted-foreground">Retry interval</dt>
      <dd>{destination.retry_interval ? formatDuration(destination.retry_interval) : "none"}</dd>
      {nextTry ? (
        <>
          <dt className="text-muted-foreground">Next try</dt>
          <dd>
            {nextTry <= now.getTime()
              ? "when Synapse next has something to send"
              : `in ${formatDuration(nextTry - now.getTime())}`}
          </dd>
        </>
      ) : null}
      <dt className="text-muted-foreground">Last sent stream position</dt>
      <dd className="font-mono">{destination.last_successful_stream_ordering ?? "none"}</dd>
    </dl>
  );
}
