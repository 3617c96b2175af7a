// How the Tokens table says times: UTC to the minute, ages in whole days.

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-24 12:00", or "—" when there is no time. */
export const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "—");

export const daysBetween = (iso: string, now: number) =>
  Math.floor((now - new Date(iso).getTime()) / DAY_MS);

export const daysUntil = (iso: string, now: number) =>
  Math.floor((new Date(iso).getTime() - now) / DAY_MS);

/** A token's age and what it counts from: "12 d since issued", "3 d since last seen". */
export function ageOf(since: string | null, basis: "issued" | "last_seen", now: number) {
  if (!since) return "unknown";
  return `${daysBetween(since, now)} d since ${basis === "issued" ? "issued" : "last seen"}`;
}
