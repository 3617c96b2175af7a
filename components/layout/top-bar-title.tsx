"use client";

import { usePathname } from "next/navigation";
import { PRODUCT_NAME } from "@/lib/product-name";
import { findActiveNavItem, type NavItem } from "./nav-items";

/** The current area's name, taken from the nav item the URL falls under. */
export function TopBarTitle({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const label = findActiveNavItem(items, pathname)?.label ?? PRODUCT_NAME;
  return <p className="truncate text-sm font-semibold">{label}</p>;
}
