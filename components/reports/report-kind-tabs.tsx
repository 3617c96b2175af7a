import { IntentLink } from "@/components/ui/intent-link";
import { cn } from "@/lib/utils";

const KINDS = [
  { kind: "events", label: "Events", href: "/reports" },
  { kind: "users", label: "Users", href: "/reports/users" },
] as const;

type ReportKind = (typeof KINDS)[number]["kind"];

/**
 * Event reports and user reports side by side. Each is a page of its own (its filters live in its
 * URL), so these are links styled as tabs, the current one marked for assistive technology.
 */
export function ReportKindTabs({ current }: { current: ReportKind }) {
  return (
    <nav
      aria-label="Kinds of report"
      className="inline-flex h-9 w-fit items-center rounded-lg bg-muted p-1 text-muted-foreground"
    >
      {KINDS.map(({ kind, label, href }) => (
        <IntentLink
          key={kind}
          href={href}
          aria-current={kind === current ? "page" : undefined}
          className={cn(
            "inline-flex h-full items-center rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
            kind === current && "bg-background text-foreground shadow-sm dark:bg-input/40",
          )}
        >
          {label}
        </IntentLink>
      ))}
    </nav>
  );
}
