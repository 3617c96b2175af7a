/** A Synapse timestamp (ms) as a stable UTC string; "never" when Synapse has none. */
export function formatTimestamp(ms: number | null | undefined) {
  if (ms === null || ms === undefined) return "never";
  return new Date(ms).toISOString().replace("T", " ").slice(0, 16) + " UTC";
}
