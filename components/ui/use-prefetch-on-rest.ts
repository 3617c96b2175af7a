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
 * Prefetches the page of a link a pointer or the focus rests on (`rest`), unless it moves on
 * first (`stop`) or the link is followed (`follow`). Resting on the same link again starts no
 * second wait: nor does a followed link the pointer is still on, which the browser reports again
 * when the page moves under a still mouse while the navigation is on its way.
 *
 * The plain prefetch fetches a page's route shape at most. `whole` fetches what it shows too, so
 * following the link shows it at once: only for the few links a person most likely follows next
 * (the sidebar, a pager's next page), since each is a server render with Synapse reads. Never the
 * page on screen: clicking its link is how a person reads it again, not to be answered by a copy.
 */
export function usePrefetchOnRest() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const restingOn = useRef<string | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  const stop = () => {
    clearTimeout(timer.current);
    restingOn.current = null;
  };
  const prefetch = (href: string, whole: boolean) => {
    const onScreen = href === window.location.pathname + window.location.search;
    if (whole && !onScreen) prefetchWholePage(router, href);
    else router.prefetch(href);
  };
  const rest = (href: string, { whole = false }: { whole?: boolean } = {}) => {
    if (href === restingOn.current) return;
    stop();
    restingOn.current = href;
    timer.current = setTimeout(() => prefetch(href, whole), REST_MS);
  };
  const follow = (href: string) => {
    stop();
    restingOn.current = href;
  };
  return { rest, stop, follow };
}
