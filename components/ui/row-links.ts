"use client";

import { useRouter } from "next/navigation";
import { useRef, useTransition, type FocusEvent, type MouseEvent, type PointerEvent } from "react";
import { useReportNavigationPending } from "@/components/layout/navigation-pending";

/** A click the browser should handle itself: a new tab or window, a download, not the main button. */
export const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/** The in-app link an event happened in, if any: same origin, not for another window. */
function inAppLinkOf(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute("download")) {
    return null;
  }
  if (anchor.origin !== window.location.origin) return null;
  return anchor.pathname + anchor.search;
}

/**
 * One set of handlers for every link in a list's rows, which are plain <a> elements: a plain
 * click navigates in the app, a mouse resting on a link or the focus on it prefetches its page
 * (not touch: a tap navigates anyway), and the top bar shows progress while the page is on its
 * way, as IntentLink does for one link. Fifty rows then carry no link component each, so a page
 * of rows is quick to draw, and quick to reveal when it was drawn ahead.
 */
export function useRowLinks() {
  const router = useRouter();
  const [pending, startNavigation] = useTransition();
  useReportNavigationPending(pending);
  // Pointer events come for every element the mouse crosses inside a link: prefetch once.
  const prefetched = useRef<string | null>(null);
  const prefetch = (href: string | null) => {
    if (href === null || href === prefetched.current) return;
    prefetched.current = href;
    router.prefetch(href);
  };
  return {
    onClick(event: MouseEvent) {
      const href = inAppLinkOf(event.target);
      if (href === null || event.defaultPrevented || opensElsewhere(event)) return;
      event.preventDefault();
      startNavigation(() => router.push(href));
    },
    onPointerOver(event: PointerEvent) {
      if (event.pointerType !== "touch") prefetch(inAppLinkOf(event.target));
    },
    onFocus(event: FocusEvent) {
      prefetch(inAppLinkOf(event.target));
    },
  };
}
