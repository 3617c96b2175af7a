import {
  CalendarClock,
  DoorOpen,
  FileCode,
  Image,
  Flag,
  Globe,
  History,
  KeyRound,
  LayoutDashboard,
  MonitorSmartphone,
  Server,
  Settings,
  Users,
  type LucideIcon,
} from "lucide-react";

export type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Its page runs heavy queries on Synapse's database: not fetched ahead on a resting pointer. */
  heavy?: true;
};

// Only areas that exist; each area adds its entry when its page lands.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/users", label: "Users", icon: Users },
  { href: "/rooms", label: "Rooms", icon: DoorOpen },
  { href: "/devices", label: "Devices", icon: MonitorSmartphone },
  { href: "/reports", label: "Reports", icon: Flag },
  { href: "/tokens", label: "Tokens", icon: KeyRound },
  // Operators and up read the statistics (a viewer is sent to the needs-role page); clean-up is admin.
  { href: "/media", label: "Media", icon: Image, heavy: true },
  { href: "/policy", label: "Policy", icon: FileCode },
  // Every role reads it; resetting a server's back-off is for admins.
  { href: "/federation", label: "Federation", icon: Globe },
  // Every role reads it; pausing or resuming background updates is for admins.
  { href: "/server", label: "Server", icon: Server },
  { href: "/jobs", label: "Jobs", icon: CalendarClock },
  // Every role reads it: the audit log is how anyone checks what the console did.
  { href: "/history", label: "History", icon: History },
  { href: "/settings", label: "Settings", icon: Settings },
];

/** True when `pathname` is the item's page or one below it; "/" matches only itself. */
export function isNavItemActive(href: string, pathname: string) {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The nav item the current page belongs to, for the top bar's title. */
export function findActiveNavItem(items: NavItem[], pathname: string) {
  return items.find((item) => isNavItemActive(item.href, pathname));
}
