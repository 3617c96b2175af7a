const UNITS: Array<[string, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1_000],
];

/**
 * A span of milliseconds in words, at most the two largest units ("2 hours 5 minutes"); under a
 * second "under a second". Synapse's retry intervals reach days.
 */
export function formatDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(ms));
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) parts.push(`${amount} ${unit}${amount === 1 ? "" : "s"}`);
    if (parts.length === 2) break;
  }
  return parts.length > 0 ? parts.join(" ") : "under a second";
}
