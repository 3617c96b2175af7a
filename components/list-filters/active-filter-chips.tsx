import { X } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { cn } from "@/lib/utils";

/** A filter that narrows the list now, and the list's URL without it. */
export type ActiveFilter = { label: string; removeHref: string };

/** The filters in force as links that each take one away; plain links, so they work without script. */
export function ActiveFilterChips({
  filters,
  className,
}: {
  filters: readonly ActiveFilter[];
  className?: string;
}) {
  if (filters.length === 0) return null;
  return (
    <ul aria-label="Active filters" className={cn("flex flex-wrap gap-2", className)}>
      {filters.map((filter) => (
        <li key={filter.label}>
          <IntentLink
            href={filter.removeHref}
            scroll={false}
            className="inline-flex items-center gap-1 rounded-full border bg-secondary px-3 py-1.5 text-xs font-medium text-secondary-foreground outline-none hover:bg-secondary/80 focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <span className="sr-only">Remove filter: </span>
            {filter.label}
            <X aria-hidden className="size-3.5" />
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
