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
 * since a pointer stops on rows a person reads but does not open, and each fetch is a page render
 * with Synapse reads (eight for a user). Shorter than the pause before most clicks (the bench
 * takes 300 ms).
 */
const LONG_REST_MS = 250;

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
  const after = (ms: number, work: () => void) => timers.current.push(setTimeout(work, ms));
  const rest = (href: string, { wholeAfter }: RestOptions = {}) => {
    if (href === restingOn.current) return;
    stop();
    restingOn.current = href;
    const onScreen = href === window.location.pathname + window.location.search;
    const whole = onScreen ? undefined : wholeAfter;
    if (whole === "rest") return after(REST_MS, () => prefetchWholePage(router, href));
    after(REST_MS, () => router.prefetch(href));
    if (whole === "long rest") after(LONG_REST_MS, () => prefetchWholePage(router, href));
  };
  const follow = (href: string) => {
    stop();
    restingOn.current = href;
  };
  return { rest, stop, follow };
}
