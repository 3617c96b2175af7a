/** A time as a stable UTC string (server and browser render the same text); "—" when none. */
export function formatRunTime(time: Date | string | null | undefined) {
  if (!time) return "—";
  return new Date(time).toISOString().replace("T", " ").slice(0, 19) + " UTC";
}
