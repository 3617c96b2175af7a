/**
 * How long, in seconds, the router keeps a page fetched ahead with its data and shows it when its
 * link is followed: next.config.ts's `experimental.staleTimes.static` (30 is the least Next.js
 * takes; its default, 300, would show pages fetched five minutes before). A page shown from such a
 * copy is read again when it is older than a few seconds (components/ui/pages-fetched-ahead.tsx).
 */
export const FETCHED_AHEAD_KEPT_SECONDS = 30;
