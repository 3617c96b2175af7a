"use client";

import { useLinkStatus } from "next/link";
import { useEffect, useSyncExternalStore } from "react";

// How many link navigations are under way. A page is not swapped for a skeleton while the next one
// renders (a Suspense fallback, once shown, holds the content back for 300 ms); the page stays, and
// this count drives the top bar's progress line and the main area's aria-busy instead.
let pendingLinks = 0;
const listeners = new Set<() => void>();

function setPending(change: 1 | -1) {
  pendingLinks += change;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a navigation started by a link is still waiting for its page. */
export function useNavigationPending(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => pendingLinks > 0,
    () => false,
  );
}

/** Counts a navigation as under way while `pending` holds. */
export function useReportNavigationPending(pending: boolean) {
  useEffect(() => {
    if (!pending) return;
    setPending(1);
    return () => setPending(-1);
  }, [pending]);
}

/** Placed inside a link: counts its navigation as pending until the new page shows. */
export function LinkPendingReporter() {
  useReportNavigationPending(useLinkStatus().pending);
  return null;
}

/**
 * A thin line under the top bar while a page is on its way. It shows only after 150 ms (CSS), so a
 * fast answer swaps the page without any flash.
 */
export function NavigationProgress() {
  const pending = useNavigationPending();
  return (
    <>
      {pending ? (
        <div aria-hidden className="navigation-progress" data-testid="navigation-progress" />
      ) : null}
      <span className="sr-only" role="status">
        {pending ? "Loading the page" : ""}
      </span>
    </>
  );
}
