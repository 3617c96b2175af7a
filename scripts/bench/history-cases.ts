// The History filters bench:history times, each with many values drawn from the seeded log: busy
// and quiet actors (people and jobs), action prefixes from a whole area to one action, users and
// rooms with many entries and with few, time ranges from a day to a month anywhere in the year,
// and a page ten pages deep.
import type { HistoryFilter } from "../../lib/schemas/history-filter";
import { seededRng, type Rng } from "./history-rng";
import type { SeededLog } from "./seed-history";

export type HistoryCase = { name: string; filters: Array<Partial<HistoryFilter>> };

const DAY_MS = 86_400_000;

/** `n` keys spread over the ranking by count: the busiest, the middle and the quiet ones. */
function spread(counts: Map<string, number>, n: number, keep: (key: string) => boolean) {
  const ranked = [...counts].filter(([key]) => keep(key)).sort((a, b) => b[1] - a[1]);
  const step = Math.max(1, (ranked.length - 1) / Math.max(1, n - 1));
  const picked = new Set<string>();
  for (let i = 0; i < n && Math.round(i * step) < ranked.length; i++) {
    picked.add(ranked[Math.round(i * step)]?.[0] ?? "");
  }
  // The busiest few twice as often: they are the ones people look up.
  return [...ranked.slice(0, 5).map(([key]) => key), ...picked].filter(Boolean);
}

const ACTION_PREFIXES = [
  "user.",
  "room.",
  "device.",
  "token.",
  "console.",
  "policy.",
  "job.",
  "homeserver.",
  "user.set_",
  "room.set_",
  "user.set_admin",
  "user.set_locked",
  "user.deactivate",
  "room.delete",
  "console.sign_in",
  "token.revoke_old",
];

function timeRanges(rng: Rng, log: SeededLog, n: number) {
  const first = log.firstAt.getTime();
  const last = log.lastAt.getTime();
  const lengths = [DAY_MS, 7 * DAY_MS, 30 * DAY_MS];
  return Array.from({ length: n }, (_, i) => {
    const length = lengths[i % lengths.length] ?? DAY_MS;
    // Every fourth: the latest ones ("the last week"); the others anywhere in the year.
    const to = i % 4 === 0 ? last + 60_000 : first + length + rng() * (last - first - length);
    return { from: new Date(to - length), to: new Date(to) };
  });
}

/** The filters to time, `n` values each (repeating when there are fewer distinct ones). */
export function historyCases(log: SeededLog, n: number): HistoryCase[] {
  const rng = seededRng(2026);
  const cycle = <T>(values: T[]) =>
    Array.from({ length: n }, (_, i) => values[i % values.length] as T);
  const actors = spread(log.byActor, n, () => true);
  const targets = spread(log.byTarget, n, () => true).map((key) => {
    const [targetType, target] = key.split(" ") as ["user" | "room", string];
    return { targetType, target };
  });
  const base: HistoryCase[] = [
    { name: "by actor", filters: cycle(actors.map((actor) => ({ actor }))) },
    { name: "by action prefix", filters: cycle(ACTION_PREFIXES.map((action) => ({ action }))) },
    { name: "by target", filters: cycle(targets) },
    { name: "by time range", filters: timeRanges(rng, log, n) },
  ];
  return base;
}

/** What `findHistoryPage` needs to page: the filter with a cursor. */
export type PageWalk = (filter: Partial<HistoryFilter>) => Promise<string | null>;

/**
 * Later pages: for each filter of the cases in turn, the cursor of its tenth page (walked once,
 * before timing), or of its last page when it has fewer; filters with a single page are skipped.
 */
export async function laterPages(cases: HistoryCase[], n: number, nextCursor: PageWalk) {
  const filters: Array<Partial<HistoryFilter>> = [];
  const all = cases.flatMap((c) => c.filters);
  for (let i = 0; filters.length < n && i < all.length * 4; i++) {
    const filter = all[(i * 7) % all.length];
    if (!filter) continue;
    let before: string | null = null;
    for (let page = 1; page < 10; page++) {
      const next = await nextCursor({ ...filter, before: before ?? undefined });
      if (!next) break;
      before = next;
    }
    if (before) filters.push({ ...filter, before });
  }
  return { name: "10th page (before cursor)", filters };
}
