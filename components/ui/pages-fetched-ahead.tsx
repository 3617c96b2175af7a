"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { FETCHED_AHEAD_KEPT_SECONDS } from "@/lib/navigation/fetched-ahead-lifetime";
import { FRESH_FOR_MS, refreshShownPage } from "./refresh-when-stale";

const KEPT_MS = FETCHED_AHEAD_KEPT_SECONDS * 1_000;

/**
 * When each page was fetched ahead with its data (a pointer resting on its sidebar link), and
 * when each page was last shown. While the router keeps a page fetched ahead, it shows that copy
 * whichever way the page is reached (a link, Back); and a fetch ahead of a page shown in that
 * time is answered with the copy shown then. So the copy is as old as the earlier of the two.
 */
const fetchedAt = new Map<string, number>();
const shownAt = new Map<string, number>();

const recent = (times: Map<string, number>, href: string, now: number) => {
  const at = times.get(href);
  if (at !== undefined && now - at < KEPT_MS) return at;
  times.delete(href);
  return undefined;
};

/** Notes that `href` is being fetched ahead: the router fetches it once while it keeps it. */
export function noteFetchedAhead(href: string, now = Date.now()) {
  if (recent(fetchedAt, href, now) === undefined) fetchedAt.set(href, now);
}

/**
 * In the app's frame: when a page shows that may be a copy fetched ahead more than a few seconds
 * before, it is read again at once, so it appears without waiting and is never left old. A
 * component of its own, so a list moving the URL draws only this again, not the frame.
 */
export function ReadOldCopiesAgain() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    const shown = search ? `${pathname}?${search}` : pathname;
    const now = Date.now();
    const fetched = recent(fetchedAt, shown, now);
    const shownBefore = recent(shownAt, shown, now);
    shownAt.set(shown, now);
    if (fetched === undefined) return;
    const copiedAt = Math.min(fetched, shownBefore ?? fetched);
    if (now - copiedAt > FRESH_FOR_MS) refreshShownPage(router);
  }, [pathname, search, router]);
  return null;
}
