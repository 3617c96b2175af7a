import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Buttons on the right, such as "Create user". */
  actions?: ReactNode;
  className?: string;
};

/** The page's <h1> with an optional line of context and actions. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div className={cn("flex flex-wrap items-start justify-between gap-4", className)}>
      <div className="min-w-0 space-y-1">
        {/* Isolated: a name in a right-to-left script keeps its own order beside the page's text. */}
        <h1 className="text-2xl font-semibold tracking-tight wrap-anywhere">
          <bdi>{title}</bdi>
        </h1>
        {/* A div, not a p: descriptions may hold blocks (badges), and a div in a p breaks hydration. */}
        {description ? (
          <div className="text-sm wrap-anywhere text-muted-foreground">{description}</div>
        ) : null}
      </div>
      {/* Wraps rather than overflows: a phone is narrower than a row of buttons. */}
      {actions ? <div className="flex min-w-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
