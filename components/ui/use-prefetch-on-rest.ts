"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { prefetchWholePage } from "@/lib/navigation/prefetch-whole-page";

/**
 * How long a pointer or the focus rests on a link before its page is fetched. A click that comes
 * sooner navigates alone: a prefetch started with it would be a second render of the same page on
 * the server, competing with the navigation's own.
 */
const REST_MS = 100;

/**
 * How long a pointer rests on a row's link before its page is fetched whole: longer than REST_MS,
 * since a pointer stops on rows a person reads but does not open, and each fetch is a server
 * render of that page with its Synapse reads (a user's: eight, and one per joined room up to 50;
 * a room's: its members and state).
 */
const LONG_REST_MS = 250;

/**
 * Rows' whole fetches, at most one a second in a tab: a pointer sweeping slowly down a list, a
 * quarter second on each row, asks the server for one page a second, not four. A rest that comes
 * sooner after the last waits its turn, and is dropped if the pointer moves on meanwhile.
 */
const LONG_REST_SPACING_MS = 1_000;
let lastLongRestFetchAt = Number.NEGATIVE_INFINITY;

/** How long until a row's whole fetch may start; 0 takes the turn. */
function takeLongRestTurn(): number {
  const now = Date.now();
  const wait = lastLongRestFetchAt + LONG_REST_SPACING_MS - now;
  if (wait <= 0) lastLongRestFetchAt = now;
  return Math.max(wait, 0);
}

export type RestOptions = {
  /**
   * Fetch the page whole, with what it shows, once the rest lasts this long: "rest" for the few
   * links a person most likely follows next (the sidebar, a pager's next page), "long rest" for a
   * list's rows. Without it, the route's shape only.
   */
  wholeAfter?: "rest" | "long rest";
};

/**
 * Prefetches the page of a link a pointer or the focus rests on (`rest`), unless it moves on
 * first (`stop`) or the link is followed (`follow`). Resting on the same link again starts no
 * second wait: nor does a followed link the pointer is still on, which the browser reports again
 * when the page moves under a still mouse while the navigation is on its way.
 *
 * The plain prefetch fetches a page's route shape at most; `wholeAfter` fetches what it shows too,
 * so following the link shows it at once. Never the page on screen: clicking its link is how a
 * person reads it again, not to be answered by a copy.
 */
export function usePrefetchOnRest() {
  const router = useRouter();
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const restingOn = useRef<string | null>(null);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const stop = () => {
    timers.current.forEach(clearTimeout);
    timers.current = [];
    restingOn.current = null;
  };
  const after = (ms: number, work: () => void) => {
    timers.current.push(setTimeout(work, ms));
  };
  // Whether it is on screen is asked when the fetch would start: the URL may change meanwhile.
  const fetchWhole = (href: string) => {
    if (href === window.location.pathname + window.location.search) router.prefetch(href);
    else prefetchWholePage(router, href);
  };
  const fetchWholeInTurn = (href: string) => {
    const wait = takeLongRestTurn();
    if (wait > 0) return after(wait, () => fetchWholeInTurn(href));
    fetchWhole(href);
  };
  const rest = (href: string, { wholeAfter }: RestOptions = {}) => {
    if (href === restingOn.current) return;
    stop();
    restingOn.current = href;
    if (wholeAfter === "rest") return after(REST_MS, () => fetchWhole(href));
    after(REST_MS, () => router.prefetch(href));
    if (wholeAfter === "long rest") after(LONG_REST_MS, () => fetchWholeInTurn(href));
  };
  const follow = (href: string) => {
    stop();
    restingOn.current = href;
  };
  return { rest, stop, follow };
}
