/** An event's time to the second, in UTC, as the timeline's Time (UTC) column shows it. */
export function formatEventTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
