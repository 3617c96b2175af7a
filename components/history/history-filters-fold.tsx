"use client";

import type { ReactNode } from "react";
import { FiltersToggle, useFiltersFold } from "@/components/list-filters/filters-fold";

type Props = {
  /** The free-text search, in view at every width. */
  search: ReactNode;
  /** The other filters, folded behind "Filters" on phones. */
  children: ReactNode;
  activeCount: number;
};

/** The History's filters as the lists fold theirs on a phone: the search and one button. */
export function HistoryFiltersFold({ search, children, activeCount }: Props) {
  const fold = useFiltersFold();
  return (
    <>
      <div className="flex items-end gap-2 md:contents">
        <div className="min-w-0 flex-1 md:contents">{search}</div>
        <FiltersToggle {...fold.toggle} activeCount={activeCount} />
      </div>
      <div {...fold.panelProps}>{children}</div>
    </>
  );
}
