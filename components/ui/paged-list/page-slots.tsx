"use client";

import { Activity, type ReactNode } from "react";
import type { ListPage } from "./use-paged-list";

type Props<Page> = {
  shown: ListPage<Page>;
  upcoming: ListPage<Page> | null;
  /**
   * One page's rows, in one element (a table's `<tbody>`), so hiding it is one style change;
   * `isShown` is false for the page drawn ahead.
   */
  render: (page: Page, isShown: boolean) => ReactNode;
};

/**
 * The shown page's rows, and the next page's drawn ahead but hidden (React's Activity), keyed by
 * URL: following Next reveals rows that are already in the document instead of building them.
 */
export function PageSlots<Page>({ shown, upcoming, render }: Props<Page>) {
  return (
    <>
      <Activity key={shown.href} mode="visible">
        {render(shown.page, true)}
      </Activity>
      {upcoming && upcoming.href !== shown.href ? (
        <Activity key={upcoming.href} mode="hidden">
          {render(upcoming.page, false)}
        </Activity>
      ) : null}
    </>
  );
}
