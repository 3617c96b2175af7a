"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { LoaderCircle } from "lucide-react";
import { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { isNavItemActive, type NavItem } from "./nav-items";

type SidebarNavProps = {
  items: NavItem[];
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate?: () => void;
};

/** Inside a sidebar link: a spinner while the page it opens is on its way (after 150 ms, CSS). */
function PendingSpinner() {
  const { pending } = useLinkStatus();
  return pending ? (
    <LoaderCircle
      aria-hidden
      data-testid="sidebar-pending"
      className="pending-spinner ml-auto size-4"
    />
  ) : null;
}

export function SidebarNav({ items, onNavigate }: SidebarNavProps) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5 px-3">
      {items.map(({ href, label, icon: Icon, heavy }) => {
        const active = isNavItemActive(href, pathname);
        return (
          <IntentLink
            key={href}
            href={href}
            wholeOnRest={!heavy}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium text-sidebar-foreground/80 transition-colors outline-none hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/50",
              active && "bg-sidebar-accent text-sidebar-accent-foreground",
            )}
          >
            <Icon aria-hidden className={cn("size-4", active && "text-sidebar-primary")} />
            {label}
            <PendingSpinner />
          </IntentLink>
        );
      })}
    </nav>
  );
}
