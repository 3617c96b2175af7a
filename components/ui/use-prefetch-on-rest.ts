"use client";

import { useRouter } from "next/navigation";
// The router's own enum: `router.prefetch` takes it to fetch a page's data, not only its shell.
import { PrefetchKind } from "next/dist/client/components/router-reducer/router-reducer-types";
import { useEffect, useRef } from "react";
import { noteFetchedAhead } from "./pages-fetched-ahead";

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
 * For a page rendered per request (all of the console's), the router's plain prefetch fetches
 * the route's shape at most (once per route), nothing the page shows. `withData` fetches the whole page, so following the
 * link shows it at once: for the few links a person is most likely to follow next (the sidebar),
 * since each such fetch is a server render with Synapse reads. A copy older than a few seconds is
 * read again once shown (pages-fetched-ahead.tsx).
 */
export function usePrefetchOnRest({ withData = false }: { withData?: boolean } = {}) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const restingOn = useRef<string | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  const stop = () => {
    clearTimeout(timer.current);
    restingOn.current = null;
  };
  const prefetch = (href: string) => {
    if (!withData) return router.prefetch(href);
    noteFetchedAhead(href);
    router.prefetch(href, { kind: PrefetchKind.FULL });
  };
  const rest = (href: string) => {
    if (href === restingOn.current) return;
    stop();
    restingOn.current = href;
    timer.current = setTimeout(() => prefetch(href), REST_MS);
  };
  const follow = (href: string) => {
    stop();
    restingOn.current = href;
  };
  return { rest, stop, follow };
}
