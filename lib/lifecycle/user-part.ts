import type { PolicyAction } from "@/lib/policy/plan/actions";
import type { ImpossibleAction } from "@/lib/policy/plan/plan-policy";

/** The users an action changes: its user, or the users whose power it sets; none for a room. */
export function usersOf(action: PolicyAction): string[] {
  if (action.type === "room.create") return [];
  if (action.type === "room.users_set_power_levels") {
    return Object.keys(action.payload.roomPowerForUserId);
  }
  return [action.payload.userId];
}

/** Besides room creations: what no event carries, so what it must not apply. */
const NOT_EVENTS_BUSINESS: ReadonlySet<PolicyAction["type"]> = new Set([
  "user.set_admin",
  "user.set_type",
]);

/**
 * The part of a plan that concerns these users, and nothing else: their own actions, and power
 * level changes narrowed to their entries (the rest of the plan is drift for an admin to review, not
 * an event's business). Rooms are never created, and server admin and user type never changed
 * here: events do not carry them, so such a change is an edit for an admin to review and apply.
 * Deactivations of `erased` users erase.
 */
export function userPartOf(
  actions: readonly PolicyAction[],
  users: ReadonlySet<string>,
  erased: ReadonlySet<string>,
): PolicyAction[] {
  return actions.flatMap((action): PolicyAction[] => {
    if (action.type === "room.create" || NOT_EVENTS_BUSINESS.has(action.type)) return [];
    if (action.type === "room.users_set_power_levels") {
      const entries = Object.entries(action.payload.roomPowerForUserId).filter(([userId]) =>
        users.has(userId),
      );
      if (!entries.length) return [];
      const roomPowerForUserId = Object.fromEntries(entries);
      return [{ ...action, payload: { ...action.payload, roomPowerForUserId } }];
    }
    if (!users.has(action.payload.userId)) return [];
    if (action.type === "user.deactivate" && erased.has(action.payload.userId)) {
      return [{ ...action, payload: { ...action.payload, erase: true } }];
    }
    return [action];
  });
}

/** Why the plan cannot do part of what these users need: by user, the first reason. */
export function impossibleFor(
  impossible: readonly ImpossibleAction[],
  users: ReadonlySet<string>,
): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const { action, reason } of impossible) {
    for (const userId of usersOf(action)) {
      if (users.has(userId) && !reasons.has(userId)) reasons.set(userId, reason);
    }
  }
  return reasons;
}
