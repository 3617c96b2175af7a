import { X } from "lucide-react";
import type { ComponentProps } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { FollowLink } from "@/components/ui/paged-list/follow-link";
import { cn } from "@/lib/utils";

/** A filter that narrows the list now, and the list's URL without it. */
export type ActiveFilter = { label: string; removeHref: string };

const CHIP_CLASS =
  "inline-flex items-center gap-1 rounded-full border bg-secondary px-3 py-1.5 text-xs font-medium text-secondary-foreground outline-none hover:bg-secondary/80 focus-visible:ring-[3px] focus-visible:ring-ring/50";

/**
 * The filters in force as links that each take one away; plain links, so they work without
 * script. Beside a list paged in the browser, `follow` shows the list without the filter in place,
 * as the form's own fields do.
 */
export function ActiveFilterChips({
  filters,
  follow,
  className,
}: {
  filters: readonly ActiveFilter[];
  follow?: (href: string) => void;
  className?: string;
}) {
  if (filters.length === 0) return null;
  return (
    <ul aria-label="Active filters" className={cn("flex flex-wrap gap-2", className)}>
      {filters.map((filter) => (
        <li key={filter.label}>
          <FilterLink href={filter.removeHref} follow={follow}>
            <span className="sr-only">Remove filter: </span>
            {filter.label}
            <X aria-hidden className="size-3.5" />
          </FilterLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * A link to the list under other filters: a plain link, or beside a list paged in the browser one
 * that `follow`s in place.
 */
export function FilterLink({
  href,
  follow,
  className = CHIP_CLASS,
  children,
}: Pick<ComponentProps<"a">, "children" | "className"> & {
  href: string;
  follow?: (href: string) => void;
}) {
  if (!follow) {
    return (
      <IntentLink href={href} scroll={false} className={className}>
        {children}
      </IntentLink>
    );
  }
  // The link's URL is the list's own, as the browser shows it.
  const inPlace = { follow, urlOf: (listHref: string) => listHref };
  return (
    <FollowLink href={href} inPlace={inPlace} className={className}>
      {children}
    </FollowLink>
  );
}
