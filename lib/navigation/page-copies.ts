// What the browser knows about the copies of pages the router may show: when a page was fetched
// whole ahead of a click (a pointer resting on its link) and when each page last showed, so a page
// shown from a copy more than a few seconds old is read again at once (read-old-copies-again.tsx).
// Module state: one per tab.

/** Older than this, a page shown from a copy (fetched ahead, or kept for Back) is read again. */
export const FRESH_FOR_MS = 5_000;

/**
 * How long, in seconds, the router keeps a page fetched whole ahead and shows it when the page is
 * reached: next.config.ts's `experimental.staleTimes.static` (30 is the least Next.js takes; its
 * default, 300, kept copies five minutes). It also keeps a page it showed that long, and answers a
 * fetch ahead of that page with it.
 */
export const FETCHED_AHEAD_KEPT_SECONDS = 30;

/**
 * How long a note is kept: the router's time counts from its answer, which may come well after
 * the fetch was asked for (its fetches ahead wait their turn), so a note outlives it by as much
 * again. A page reached after the copy is gone is read again once more than needed, never shown
 * old.
 */
const NOTE_KEPT_MS = 2 * FETCHED_AHEAD_KEPT_SECONDS * 1_000;

const fetchedAt = new Map<string, number>();
const shownAt = new Map<string, number>();
let lastRefreshAt = 0;

/** A page's path and query, spelled one way whoever wrote it ("%20" or "+", "?" with nothing after). */
function keyOf(url: string): string {
  const parsed = new URL(url, "http://console.invalid");
  const query = new URLSearchParams(parsed.search).toString();
  return query ? `${parsed.pathname}?${query}` : parsed.pathname;
}

const noted = (times: Map<string, number>, url: string, now: number) => {
  const at = times.get(url);
  return at !== undefined && now - at < NOTE_KEPT_MS ? at : undefined;
};

/** Notes that the page at `url` (path and query) is being fetched whole ahead. */
export function noteFetchedAhead(url: string, now = Date.now()) {
  const key = keyOf(url);
  // The router fetches a page once while it keeps it: asking again keeps the first time.
  if (noted(fetchedAt, key, now) === undefined) fetchedAt.set(key, now);
}

/**
 * Notes that the page at `url` shows now, and tells whether it may be a copy fetched ahead more
 * than FRESH_FOR_MS before: then it must be read again. A fetch ahead of a page the router still
 * keeps from its last showing is answered with that copy, so the copy is as old as the earlier.
 */
export function showsOldCopy(url: string, now = Date.now()): boolean {
  const key = keyOf(url);
  const fetched = noted(fetchedAt, key, now);
  const shownBefore = noted(shownAt, key, now);
  shownAt.set(key, now);
  if (fetched === undefined) return false;
  return now - Math.min(fetched, shownBefore ?? fetched) > FRESH_FOR_MS;
}

/**
 * Reads the page shown again, unless a refresh was asked for in the last few seconds. A refresh
 * drops every copy the router keeps, so the notes go too.
 */
export function refreshShownPage(router: { refresh: () => void }, now = Date.now()) {
  if (now - lastRefreshAt < FRESH_FOR_MS) return;
  lastRefreshAt = now;
  fetchedAt.clear();
  shownAt.clear();
  router.refresh();
}
