const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
];

/**
 * How long ago `at` was, as people say it ("5 minutes ago", "yesterday"); past 30 days the date
 * itself (2026-11-02), since "7 weeks ago" makes the reader count. Under 10 seconds: "just now".
 */
export function formatRelativeTime(at: Date, now: Date = new Date()): string {
  let amount = (now.getTime() - at.getTime()) / 1000;
  if (Math.abs(amount) < 10) return "just now";
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return RELATIVE.format(-Math.floor(amount), unit);
    amount /= size;
  }
  return at.toISOString().slice(0, 10);
}
