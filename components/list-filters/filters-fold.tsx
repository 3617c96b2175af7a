"use client";

import { SlidersHorizontal } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * A list's secondary filters folded behind one "Filters" button below md (phones); from md up the
 * panel's wrapper is `display: contents`, so its fields join the form's own layout. Without script
 * the button hides and the panel stays open.
 */
export function useFiltersFold() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return {
    toggle: { open, panelId, onToggle: () => setOpen((was) => !was) },
    panelProps: {
      id: panelId,
      className: cn(
        open ? "grid" : "hidden",
        "gap-3 rounded-md border p-3 md:contents max-md:noscript:grid",
      ),
    },
  };
}

type ToggleProps = ReturnType<typeof useFiltersFold>["toggle"] & {
  /** How many filters are in force, said on the button. */
  activeCount: number;
};

/** The "Filters" button that opens and closes the fold, on phones only. */
export function FiltersToggle({ open, panelId, onToggle, activeCount }: ToggleProps) {
  return (
    <Button
      type="button"
      variant="outline"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      className="md:hidden noscript:hidden"
    >
      <SlidersHorizontal aria-hidden />
      Filters
      {activeCount > 0 ? (
        <Badge>
          {activeCount}
          <span className="sr-only"> active</span>
        </Badge>
      ) : null}
    </Button>
  );
}
