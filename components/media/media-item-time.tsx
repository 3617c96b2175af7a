import { formatTimestamp } from "@/components/users/format-time";
import { formatRelativeTime } from "@/lib/format/relative-time";

/** A file's time in words ("5 minutes ago"), the exact UTC time on hover; "never" when none. */
export function MediaItemTime({ ms, now }: { ms: number | null; now: number }) {
  if (!ms) return <span className="text-muted-foreground">never</span>;
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatTimestamp(ms)}>
      {formatRelativeTime(new Date(ms), new Date(now))}
    </time>
  );
}
