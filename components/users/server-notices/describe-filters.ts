import type { UserListFilters } from "@/lib/schemas/server-notice";

const STATES: Record<UserListFilters["deactivated"], string> = {
  active: "active",
  deactivated: "deactivated",
  all: "active or deactivated",
};

/**
 * The users list's filters in words, for the confirmation of a notice to every matching user:
 * "active users whose ID or display name contains “ops”, guests left out, locked ones included".
 */
export function describeFilters(filters: UserListFilters): string {
  const kind = filters.type === "all" ? "" : ` ${filters.type}`;
  const who = `${STATES[filters.deactivated]}${kind} ${filters.admins ? "server admins" : "users"}`;
  const named = filters.q ? ` whose ID or display name contains “${filters.q}”` : "";
  const guests = filters.guests ? "guests included" : "guests left out";
  const locked = filters.hideLocked ? "locked ones left out" : "locked ones included";
  return `${who}${named}, ${guests}, ${locked}`;
}
