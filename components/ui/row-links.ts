"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FocusEvent, type MouseEvent, type PointerEvent } from "react";
import { useReportNavigationPending } from "@/components/layout/navigation-pending";
import { usePrefetchOnRest, type RestOptions } from "./use-prefetch-on-rest";

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
  // A link to another page of the list itself (FollowLink: a sort) shows and reads it in place.
  if (anchor.hasAttribute("data-in-place")) return null;
  if (anchor.origin !== window.location.origin) return null;
  return anchor.pathname + anchor.search;
}

/**
 * One set of handlers for every link in a list's rows, which are plain <a> elements: a plain
 * click navigates in the app, a mouse or the focus resting on a link prefetches its page
 * (use-prefetch-on-rest.ts; not touch: a tap navigates anyway), and the top bar shows progress
 * while the page is on its way, as IntentLink does for one link. Fifty rows then carry no link
 * component each, so a page of rows is quick to draw, and quick to reveal when it was drawn ahead.
 */
export function useRowLinks() {
  const router = useRouter();
  const [pending, startNavigation] = useTransition();
  useReportNavigationPending(pending);
  // Pointer events come for every element the mouse crosses inside a link: one rest per link.
  const intent = usePrefetchOnRest();
  // A pointer resting longer fetches the row's page whole; the focus (Tab down the rows) its shape.
  const restOn = (href: string | null, options?: RestOptions) =>
    href === null ? intent.stop() : intent.rest(href, options);
  return {
    onClick(event: MouseEvent) {
      const href = inAppLinkOf(event.target);
      if (href === null || event.defaultPrevented || opensElsewhere(event)) return;
      event.preventDefault();
      intent.follow(href);
      startNavigation(() => router.push(href));
    },
    onPointerOver(event: PointerEvent) {
      if (event.pointerType !== "touch") {
        restOn(inAppLinkOf(event.target), { wholeAfter: "long rest" });
      }
    },
    onPointerLeave: intent.stop,
    onFocus(event: FocusEvent) {
      restOn(inAppLinkOf(event.target));
    },
    onBlur: intent.stop,
  };
}
