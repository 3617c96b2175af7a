"use client";

import { LoaderCircle } from "lucide-react";
import type { ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { ActiveFilterChips, FilterLink, type ActiveFilter } from "./active-filter-chips";
import { FiltersToggle, useFiltersFold } from "./filters-fold";
import { useLiveFilters, type LiveFiltersOptions } from "./use-live-filters";

type Props = LiveFiltersOptions & {
  /** Where the form goes without script: the list's own path. */
  action: string;
  /** The list's search field (its `id` is `searchId`); in view at every width. */
  search: ReactNode;
  searchId: string;
  searchLabel: string;
  /** Why the search's value was refused, below it (its field points here as `${searchId}-error`). */
  searchError?: string;
  /** The other fields. Below md they fold behind a "Filters" button; from md up they join the form's own layout. */
  filters: ReactNode;
  /** The list with every filter taken away, when any is in force: a "Clear filters" link. */
  clearHref?: string | null;
  /** The filters in force, shown as removable chips below md. */
  active: readonly ActiveFilter[];
  /** The form's layout from md up. */
  className?: string;
  /** The search row's place in that layout. */
  searchClassName?: string;
};

/**
 * A list's filter form that applies as it changes (see useLiveFilters). Without script it is the
 * plain GET form it always was: an Apply button shows and every field stays unfolded.
 */
export function LiveFilterForm({
  action,
  current,
  hrefOf,
  follow,
  search,
  searchId,
  searchLabel,
  searchError,
  filters,
  clearHref,
  active,
  className,
  searchClassName,
}: Props) {
  const { formProps, generation, isPending } = useLiveFilters({ current, hrefOf, follow });
  const fold = useFiltersFold();
  // A chip or "Clear" followed in place is a history entry of its own, the scroll kept.
  const followLink =
    follow && ((href: string) => follow(href, { keepScroll: true, replace: false }));
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-busy={isPending}
      className={cn("flex flex-col gap-3", className)}
      {...formProps}
    >
      <div className={cn("space-y-1", searchClassName)}>
        <Label htmlFor={searchId}>{searchLabel}</Label>
        <div className="flex items-center gap-2">
          <div key={generation} className="min-w-0 flex-1">
            {search}
          </div>
          <span role="status" className="flex h-9 w-4 items-center text-muted-foreground">
            {isPending ? (
              <>
                <LoaderCircle aria-hidden className="size-4 animate-spin" />
                <span className="sr-only">Updating the list</span>
              </>
            ) : null}
          </span>
          <FiltersToggle {...fold.toggle} activeCount={active.length} />
          {/* Enter submits through this when script runs too: it only hides. */}
          <Button type="submit" className="hidden noscript:inline-flex">
            Apply
          </Button>
        </div>
        <FieldError id={`${searchId}-error`}>{searchError}</FieldError>
      </div>
      <ActiveFilterChips filters={active} follow={followLink} className="md:hidden" />
      <div {...fold.panelProps} className={cn(fold.panelProps.className, "grid-cols-2")}>
        <div key={generation} className="contents">
          {filters}
        </div>
        {/* The form's last cell from md up; below md, the chips take filters away one by one. */}
        {clearHref ? (
          <div className="col-span-2 flex items-end md:col-span-1">
            <FilterLink
              href={clearHref}
              follow={followLink}
              className={buttonVariants({ variant: "ghost" })}
            >
              Clear filters
            </FilterLink>
          </div>
        ) : null}
      </div>
    </form>
  );
}
