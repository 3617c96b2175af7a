import type { PolicyDocument, PolicyUser } from "@/lib/policy/document/schema";
import type { CurrentState, CurrentUser } from "@/lib/policy/state";
import type { PolicyAction } from "./actions";
import { indexGroups } from "./group-rooms";
import type { ImpossibleAction } from "./impossible-action";
import { planMemberships } from "./membership-changes";
import { startPlan, type PlanBuilder, type PlanContext } from "./plan-builder";
import { avatarHasher, planProfileChanges } from "./profile-changes";
import { planRoomCreations } from "./room-creations";
import { indexRooms } from "./room-index";

export type { ImpossibleAction } from "./impossible-action";
export type { PlanContext } from "./plan-builder";

export type PolicyPlan = {
  actions: PolicyAction[];
  warnings: string[];
  impossible: ImpossibleAction[];
};

/**
 * What Synapse needs to change to match the policy: pure, no I/O. Corporal's reconciliation
 * (computator.go): only listed users and only managedRoomIds rooms are managed; a missing active
 * user is created, a missing inactive one left alone; an inactive one leaves the managed rooms
 * and is deactivated. The console adds room.create for declared rooms, server admin and user
 * type, and expands users' groups into rooms (group-rooms.ts). Actions come in phases: rooms, accounts, profiles, admin/type, joins, power, leaves,
 * deactivations. Linear in users × their rooms (Maps, no scans).
 */
export function planPolicy(
  state: CurrentState,
  policy: PolicyDocument,
  context: PlanContext = {},
): PolicyPlan {
  const rooms = indexRooms(state, policy);
  const plan = startPlan(rooms, context, indexGroups(policy));
  const currentUsers = new Map(state.users.map((user) => [user.id, user]));
  const sha256Of = avatarHasher();
  for (const user of policy.users ?? []) {
    planUser(user, currentUsers.get(user.id), policy, plan, sha256Of);
  }
  const power = plan.power.finish();
  return {
    actions: [
      ...planRoomCreations(policy, rooms),
      ...plan.accounts,
      ...plan.profiles,
      ...plan.roles,
      ...plan.joins,
      ...power.actions,
      ...plan.leaves,
      ...plan.deactivations,
    ],
    warnings: plan.warnings,
    impossible: [...plan.impossible, ...power.impossible],
  };
}

function planUser(
  user: PolicyUser,
  current: CurrentUser | undefined,
  policy: PolicyDocument,
  plan: PlanBuilder,
  sha256Of: (uri: string) => string,
) {
  const userId = user.id;
  if (!current) {
    if (!user.active) return;
    plan.accounts.push({ type: "user.create", payload: creation(user) });
    if (user.avatarUri)
      plan.profiles.push({
        type: "user.set_avatar",
        payload: { userId, avatarUri: user.avatarUri },
      });
    planMemberships(user, undefined, plan);
    return;
  }
  if (!user.active) {
    // Out of the managed rooms first, then (if still active) deactivated; profiles stay as they are.
    planMemberships(user, current, plan);
    if (current.active) planDeactivation(userId, plan);
    return;
  }
  if (!current.active) plan.accounts.push({ type: "user.activate", payload: { userId } });
  plan.profiles.push(...planProfileChanges(user, current, policy.flags ?? {}, sha256Of));
  planRoles(user, current, plan);
  planMemberships(user, current, plan);
}

/** A new account gets its name, admin flag and type in the create call; never a password here. */
function creation(user: PolicyUser) {
  return {
    userId: user.id,
    authType: user.authType ?? "none",
    ...(user.displayName ? { displayName: user.displayName } : {}),
    ...(user.admin !== undefined ? { admin: user.admin } : {}),
    ...(user.userType ? { userType: user.userType } : {}),
    ...(user.email ? { email: user.email.toLowerCase() } : {}),
  };
}

function planDeactivation(userId: string, plan: PlanBuilder) {
  const action: PolicyAction = { type: "user.deactivate", payload: { userId } };
  const { serviceUserId, appliedBy } = plan.context;
  if (userId === serviceUserId) {
    plan.impossible.push({
      action,
      reason: `${userId} is the console's own account: it is never deactivated`,
    });
  } else if (userId === appliedBy) {
    plan.impossible.push({
      action,
      reason: `${userId} is applying this plan: a plan never deactivates the person applying it`,
    });
  } else plan.deactivations.push(action);
}

/** Server admin and user type, only where the policy says and Synapse differs. */
function planRoles(user: PolicyUser, current: CurrentUser, plan: PlanBuilder) {
  const userId = user.id;
  if (user.admin !== undefined && user.admin !== (current.admin ?? false)) {
    const action: PolicyAction = { type: "user.set_admin", payload: { userId, admin: user.admin } };
    if (!user.admin && userId === plan.context.serviceUserId) {
      plan.impossible.push({
        action,
        reason: `${userId} is the console's own account: it needs server admin`,
      });
    } else plan.roles.push(action);
  }
  if (user.userType !== undefined && (user.userType ?? null) !== (current.userType ?? null)) {
    plan.roles.push({
      type: "user.set_type",
      payload: { userId, userType: user.userType ?? null },
    });
  }
}

/** Deactivations plus memberships removed: what the apply guard counts. */
export function countRemovals(plan: PolicyPlan): number {
  return plan.actions.filter(
    (action) => action.type === "user.deactivate" || action.type === "room.leave",
  ).length;
}
