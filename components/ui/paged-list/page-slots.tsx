"use client";

import { Activity, startTransition, useEffect, useState, type ReactNode } from "react";
import type { ListPage } from "./use-paged-list";

type Props<Page> = {
  shown: ListPage<Page>;
  upcoming: ListPage<Page> | null;
  /**
   * One page's rows, in one element (a table's `<tbody>`), so hiding it is one style change;
   * `isShown` is false for the pages drawn hidden.
   */
  render: (page: Page, isShown: boolean) => ReactNode;
};

/** The pages to draw, the shown one first, each once. */
function slotsOf<Page>(shown: ListPage<Page>, upcoming: ListPage<Page> | null) {
  return upcoming && upcoming.href !== shown.href ? [shown, upcoming] : [shown];
}

const sameHrefs = <Page,>(a: ListPage<Page>[], b: ListPage<Page>[]) =>
  a.length === b.length && a.every((page, at) => page.href === b[at]?.href);

/** Runs `work` once the browser has nothing else to do (Safari has no requestIdleCallback). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}

/**
 * The shown page's rows, and the next page's drawn ahead but hidden (React's Activity), keyed by
 * URL: following Next reveals rows that are already in the document instead of building them.
 *
 * A page that stops being shown or drawn ahead is hidden, not taken down: taking down a page of
 * rows costs React 15–30 ms, which on a search would fall while the request is out (the next page
 * of the old results) and between its answer and the frame that shows it (the old results). The
 * pages left hidden are taken down together once the browser is idle; one shown again before
 * then (Back) is only revealed.
 */
export function PageSlots<Page>({ shown, upcoming, render }: Props<Page>) {
  const slots = slotsOf(shown, upcoming);
  const [drawn, setDrawn] = useState(slots);
  const [leaving, setLeaving] = useState<ListPage<Page>[]>([]);
  if (!sameHrefs(drawn, slots)) {
    const kept = new Set(slots.map((page) => page.href));
    const left = new Map<string, ListPage<Page>>();
    for (const page of [...leaving, ...drawn]) if (!kept.has(page.href)) left.set(page.href, page);
    setDrawn(slots);
    setLeaving([...left.values()]);
  }
  useEffect(() => {
    if (leaving.length === 0) return;
    // A transition: typing or a click that comes first is not held back by it.
    return whenIdle(() => startTransition(() => setLeaving([])));
  }, [leaving]);
  // One keyed list, so a page moving between shown, ahead and leaving keeps its rows.
  return [...slots, ...leaving].map((page, at) => (
    <Activity key={page.href} mode={at === 0 ? "visible" : "hidden"}>
      {render(page.page, at === 0)}
    </Activity>
  ));
}
