"use client";

import { useEffect, useEffectEvent } from "react";

const DEFAULT_MESSAGE = "You have unsaved changes. Leave this page and discard them?";

type Options = {
  /** What the in-app confirm asks; the browser words its own prompt for reload and close. */
  message?: string;
  /** The person chose to leave in the app: what they had is given up (a stored draft, say). */
  onLeave?: () => void;
};

/** What the guard reads of a Navigation API navigate event (not in TypeScript's DOM types yet). */
type NavigateEvent = Event & { navigationType: string; destination: { url: string } };

/** Whether going to `url` leaves this page: another path or query, not just another #fragment. */
function leavesPage(url: URL): boolean {
  const here = window.location;
  return url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search;
}

/** Whether a click follows a link away from this page, in this tab, within the app. */
function clickLeavesPage(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return false; // a new tab or window: this page stays
  }
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download")) return false;
  if (anchor.target && anchor.target !== "_self") return false;
  const url = new URL(anchor.href, window.location.href);
  // Another site unloads this page: the browser's own prompt (beforeunload) asks then.
  return url.origin === window.location.origin && leavesPage(url);
}

/**
 * While `dirty`, leaving the page asks first: reload, close and a typed address through the
 * browser's own prompt (beforeunload); in-app links, Back and Forward through a confirm that can
 * be cancelled to stay. The App Router has no navigation events to veto, so a click on a
 * same-origin link is caught on the window in the capture phase, before React and next/link see
 * it; Back and Forward are caught as the Navigation API's traversals, before they happen (the
 * router's popstate handler runs first and would already have left). Not asked: navigations made
 * in code (router.push after an action), and a Back the browser will not let a page hold (no
 * Navigation API, or no click or key since the last one held).
 */
export function useUnsavedChangesGuard(dirty: boolean, options: Options = {}) {
  const { message = DEFAULT_MESSAGE } = options;
  const onLeave = useEffectEvent(() => options.onLeave?.());

  useEffect(() => {
    if (!dirty) return;
    // Once the person chose to leave, the page is on its way out: nothing more is asked (a plain
    // link's page load would otherwise ask again through beforeunload).
    let released = false;
    /** True to leave (and give up the changes), false to stay. */
    const mayLeave = () => {
      if (!window.confirm(message)) return false;
      released = true;
      onLeave();
      return true;
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released) return;
      event.preventDefault();
      // Browsers before preventDefault() was honoured here (Chrome < 119) need returnValue set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (released || !clickLeavesPage(event) || mayLeave()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onNavigate = (event: Event) => {
      const { navigationType, destination, cancelable } = event as NavigateEvent;
      if (released || navigationType !== "traverse" || !cancelable) return;
      if (!leavesPage(new URL(destination.url)) || mayLeave()) return;
      event.preventDefault();
    };

    const navigation = (window as { navigation?: EventTarget }).navigation;
    window.addEventListener("beforeunload", onBeforeUnload);
    // On the window and capturing: before React's root listener, so next/link never sees it.
    window.addEventListener("click", onClick, { capture: true });
    navigation?.addEventListener("navigate", onNavigate);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, { capture: true });
      navigation?.removeEventListener("navigate", onNavigate);
    };
  }, [dirty, message]);
}
