import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { TimeInWords } from "@/components/ui/time-in-words";
import { formatDuration } from "@/lib/format/duration";
import type { DestinationOrderBy, SynapseDestination } from "@/lib/synapse/federation";
import { isBackingOff } from "@/lib/synapse/federation";

export const DESTINATION_COLUMNS: Array<{ key: DestinationOrderBy; label: string }> = [
  { key: "destination", label: "Destination" },
  { key: "retry_last_ts", label: "Last retry" },
  { key: "retry_interval", label: "Retry interval" },
  { key: "failure_ts", label: "Failing since" },
  { key: "last_successful_stream_ordering", label: "Last sent stream position" },
];

export function destinationHref(destination: string) {
  return `/federation/${encodeURIComponent(destination)}`;
}

/** One destination; a server in back-off is marked, since that is why anyone opens this list. */
export function DestinationRow({
  destination,
  now,
}: {
  destination: SynapseDestination;
  now: Date;
}) {
  const backingOff = isBackingOff(destination);
  return (
    <TableRow data-testid="destination-row">
      <TableCell className="font-mono text-sm">
        <IntentLink
          className="underline-offset-4 hover:underline"
          href={destinationHref(destination.destination)}
        >
          {destination.destination}
        </IntentLink>
        {backingOff ? (
          <Badge variant="warning" className="ml-2">
            In back-off
          </Badge>
        ) : null}
      </TableCell>
      <TableCell className="text-sm">
        <TimeInWords ms={destination.retry_last_ts} now={now} />
      </TableCell>
      <TableCell className="text-sm">
        {destination.retry_interval ? formatDuration(destination.retry_interval) : "none"}
      </TableCell>
      <TableCell className="text-sm">
        <TimeInWords ms={destination.failure_ts} now={now} />
      </TableCell>
      <TableCell className="font-mono text-sm">
        {destination.last_successful_stream_ordering ?? "none"}
      </TableCell>
    </TableRow>
  );
}
