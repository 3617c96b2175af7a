"use client";

import { useCallback, useEffect, useRef } from "react";
import { pathOf } from "./list-href";

type Asked = { href: string; replace: boolean };

/**
 * Moves the browser's URL (`urlOf`) to the list page asked for once that page is drawn, or could not be
 * read, and its frame is painted: the router's own update would delay the rows, and the reader
 * waits for a page not read ahead with the URL of the one still shown. A run of typing replaces
 * its own history entry. Nothing moves when the reader has left the list in between, or the URL
 * already says so (a second click while waiting). Returns the function to call when a page is
 * asked for.
 */
export function useUrlFollows(
  shownHref: string,
  settled: boolean,
  urlOf: (href: string) => string,
) {
  const asked = useRef<Asked | null>(null);
  useEffect(() => {
    const awaited = asked.current;
    if (!awaited || awaited.href !== shownHref || !settled) return;
    asked.current = null;
    const url = urlOf(awaited.href);
    const { replace } = awaited;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const { pathname, search } = window.location;
        if (pathname !== pathOf(url) || pathname + search === url) return;
        if (replace) window.history.replaceState(null, "", url);
        else window.history.pushState(null, "", url);
      }),
    );
  }, [shownHref, settled, urlOf]);
  return useCallback((href: string, replace: boolean) => {
    asked.current = { href, replace };
  }, []);
}
