"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { FETCHED_AHEAD_KEPT_SECONDS } from "@/lib/navigation/fetched-ahead-lifetime";
import { FRESH_FOR_MS, refreshShownPage } from "./refresh-when-stale";

const KEPT_MS = FETCHED_AHEAD_KEPT_SECONDS * 1_000;

/**
 * The earliest a copy of each page the router may show on a link's click was made: when it was
 * fetched ahead (a pointer resting on its link), or when the page was last shown, since the
 * router answers a fetch ahead of a page shown in the last FETCHED_AHEAD_KEPT_SECONDS with the
 * copy it showed.
 */
const fetchedAt = new Map<string, number>();
const shownAt = new Map<string, number>();
/** The page followed from a copy older than a few seconds, to read again once it shows. */
let readAgainAt: string | null = null;

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
 * Called when a link to `href` is followed: when the router may show a copy fetched ahead more
 * than a few seconds before, the page is read again once it shows, so it appears at once and is
 * never left old.
 */
export function followFetchedAhead(href: string, now = Date.now()) {
  const fetched = recent(fetchedAt, href, now);
  if (fetched === undefined) return;
  const copiedAt = Math.min(fetched, recent(shownAt, href, now) ?? fetched);
  if (now - copiedAt > FRESH_FOR_MS) readAgainAt = href;
}

/**
 * In the app's frame: notes when each page shows, and reads one shown from an old copy again as
 * soon as its URL is shown. A component of its own, so a list moving the URL draws only this.
 */
export function ReadOldCopiesAgain() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    const shown = search ? `${pathname}?${search}` : pathname;
    shownAt.set(shown, Date.now());
    if (readAgainAt === null) return;
    // Landing elsewhere (another link followed meanwhile) drops it too.
    if (shown === readAgainAt) refreshShownPage(router);
    readAgainAt = null;
  }, [pathname, search, router]);
  return null;
}
