import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/components/users/format-time";
import { formatDuration } from "@/lib/format/duration";
import { formatRelativeTime } from "@/lib/format/relative-time";
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

/** A Synapse time in words ("5 minutes ago"), the exact time on hover; "never" when there is none. */
export function TimeInWords({ ms, now }: { ms: number | null; now: Date }) {
  if (!ms) return <span className="text-muted-foreground">never</span>;
  return <time title={formatTimestamp(ms)}>{formatRelativeTime(new Date(ms), now)}</time>;
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
        <Link
          className="underline-offset-4 hover:underline"
          href={destinationHref(destination.destination)}
        >
          {destination.destination}
        </Link>
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
