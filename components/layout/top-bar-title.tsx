"use client";

import { usePathname } from "next/navigation";
import { findActiveNavItem, type NavItem } from "./nav-items";

/** The current area's name, taken from the nav item the URL falls under. */
export function TopBarTitle({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const label = findActiveNavItem(items, pathname)?.label ?? "Synapse Console";
  return <p className="truncate text-sm font-semibold">{label}</p>;
}
