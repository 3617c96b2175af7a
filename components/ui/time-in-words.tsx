import { formatTimestamp } from "@/components/users/format-time";
import { formatRelativeTime } from "@/lib/format/relative-time";

/**
 * A time Synapse gives in ms, in words ("5 minutes ago") with the exact UTC time on hover;
 * "never" when there is none. `now` comes from the page, so server and browser render the same.
 */
export function TimeInWords({ ms, now }: { ms: number | null; now: Date | number }) {
  if (!ms) return <span className="text-muted-foreground">never</span>;
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatTimestamp(ms)}>
      {formatRelativeTime(new Date(ms), new Date(now))}
    </time>
  );
}
