import { formatRunTime } from "@/components/jobs/format-run-time";
import { formatRelativeTime } from "@/lib/format/relative-time";

/** When an entry was written: relative, with the exact UTC time on hover. */
export function EntryTime({ at }: { at: Date }) {
  return (
    <time dateTime={at.toISOString()} title={formatRunTime(at)} className="whitespace-nowrap">
      {formatRelativeTime(at)}
    </time>
  );
}
