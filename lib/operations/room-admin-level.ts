import { hasRole } from "@/lib/auth/roles";
import type { RuleActor } from "@/lib/auth/user-target-access";
import { usersNamed } from "@/lib/format/users-named";

/** The power level make_room_admin gives and clients show as "Admin": it changes everyone else's. */
export const ROOM_ADMIN_LEVEL = 100;

/**
 * Why the actor may not give these users this power level in a room, or null when they may. Making
 * someone room admin is an admin's action (as make_room_admin is): below admin, levels stay under
 * 100, so an operator cannot hand a room to an account of their choosing.
 */
export function roomAdminLevelRefusal(
  actor: RuleActor,
  room: string,
  levels: Readonly<Record<string, number>>,
): string | null {
  if (actor.role && hasRole(actor.role, "admin")) return null;
  const raised = Object.entries(levels)
    .filter(([, level]) => level >= ROOM_ADMIN_LEVEL)
    .map(([userId]) => userId);
  if (raised.length === 0) return null;
  return `${usersNamed(raised)} would get power level ${ROOM_ADMIN_LEVEL} or more in ${room}: making someone room admin needs the admin role; you are ${actor.role ?? "without a role"}.`;
}
