"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

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
  const rest = (href: string) => {
    if (href === restingOn.current) return;
    stop();
    restingOn.current = href;
    timer.current = setTimeout(() => router.prefetch(href), REST_MS);
  };
  const follow = (href: string) => {
    stop();
    restingOn.current = href;
  };
  return { rest, stop, follow };
}
