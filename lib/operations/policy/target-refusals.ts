import type { RuleActor, UserEffect } from "@/lib/auth/user-target-access";
import { findUserRefusals } from "@/lib/auth/user-target-refusals";
import { actionKey, type PolicyAction } from "@/lib/policy/plan/actions";
import type { SynapseClient } from "@/lib/synapse";

/** The users an action changes and how, in the terms of the user-target rule; none for a room. */
function targetsOf(action: PolicyAction): { userIds: string[]; effect: UserEffect } | null {
  switch (action.type) {
    case "room.create":
      return null;
    case "user.create":
      return {
        userIds: [action.payload.userId],
        effect: action.payload.admin ? "promote" : "change",
      };
    case "room.users_set_power_levels":
      return { userIds: Object.keys(action.payload.roomPowerForUserId), effect: "change" };
    case "user.deactivate":
      return { userIds: [action.payload.userId], effect: "deactivate" };
    case "user.set_email":
      return { userIds: [action.payload.userId], effect: "change_identities" };
    case "user.set_admin":
      return {
        userIds: [action.payload.userId],
        effect: action.payload.admin ? "promote" : "demote",
      };
    default:
      return { userIds: [action.payload.userId], effect: "change" };
  }
}

/**
 * The user-target rule (lib/auth/user-target-access.ts) with the asker's role, for every action
 * of a plan: by action key, the sentence refusing it. One lookup per kind of effect.
 */
export async function findTargetRefusals(
  synapse: SynapseClient,
  asker: RuleActor,
  actions: readonly PolicyAction[],
): Promise<Map<string, string>> {
  const byEffect = new Map<UserEffect, Array<{ key: string; userIds: string[] }>>();
  for (const action of actions) {
    const targets = targetsOf(action);
    if (!targets) continue;
    const list = byEffect.get(targets.effect) ?? [];
    list.push({ key: actionKey(action), userIds: targets.userIds });
    byEffect.set(targets.effect, list);
  }
  const refusals = new Map<string, string>();
  for (const [effect, entries] of byEffect) {
    const userIds = entries.flatMap((entry) => entry.userIds);
    const refused = await findUserRefusals(asker, { userIds, effect }, synapse);
    for (const { key, userIds: targets } of entries) {
      const reasons = targets.flatMap((userId) => refused.get(userId) ?? []);
      if (reasons.length > 0) refusals.set(key, reasons.join(" "));
    }
  }
  return refusals;
}
