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
 * first or the link is followed (`stop`). Resting on the same link again starts no second wait.
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
  return { rest, stop };
}
