import type { Role } from "@/lib/auth/roles";
import type { RuleActor, UserEffect } from "@/lib/auth/user-target-access";
import { findUserRefusals } from "@/lib/auth/user-target-refusals";
import { roomAdminLevelRefusal } from "@/lib/operations/room-admin-level";
import { refusedJoinRule, roomJoinRefusal } from "@/lib/operations/room-join-access";
import { actionKey, type PolicyAction } from "@/lib/policy/plan/actions";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { mapWithConcurrency } from "@/lib/synapse/concurrency";

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

/** Rooms whose join rule is read at once, below admin (a policy may manage hundreds). */
const JOIN_RULE_CONCURRENCY = 5;

/** Who the rights to decide an effect belong to: what the content says, or who applies it. */
const decidedByContent = (effect: UserEffect) => effect === "promote";

/**
 * Joins to rooms that are not public, refused below admin (lib/operations/room-join-access.ts):
 * whoever holds a joined account reads the room. A room the plan creates is not there yet, and
 * holds nothing to read: its joins go ahead.
 */
async function joinRefusals(
  synapse: SynapseClient,
  asker: RuleActor,
  actions: readonly PolicyAction[],
): Promise<Map<string, string>> {
  const byRoom = new Map<string, Array<PolicyAction & { type: "room.join" }>>();
  for (const action of actions) {
    if (action.type !== "room.join") continue;
    const joins = byRoom.get(action.payload.roomId) ?? [];
    joins.push(action);
    byRoom.set(action.payload.roomId, joins);
  }
  const rooms = [...byRoom.keys()];
  const joinRules = await mapWithConcurrency(rooms, JOIN_RULE_CONCURRENCY, (room) =>
    refusedJoinRule(synapse, asker, room),
  );
  const refusals = new Map<string, string>();
  for (const [index, room] of rooms.entries()) {
    const read = joinRules[index];
    if (!read) continue;
    if (!read.ok) {
      if (isSynapseError(read.error, "not_found")) continue;
      throw read.error;
    }
    const joinRule = read.value;
    if (!joinRule) continue;
    for (const join of byRoom.get(room) ?? [])
      refusals.set(actionKey(join), roomJoinRefusal(asker, room, joinRule, [join.payload.userId]));
  }
  return refusals;
}

/**
 * The user-target rule (lib/auth/user-target-access.ts) for every action of a plan, by action key,
 * with the sentence refusing it: the asker's role for changes to existing accounts, the content's
 * (`contentRole`, lib/policy/policy-rights.ts) for making server admins, joining rooms that are
 * not public and making room admins, which are the content's decisions. One lookup per kind of
 * effect, one per room.
 */
export async function findTargetRefusals(
  synapse: SynapseClient,
  asker: RuleActor,
  actions: readonly PolicyAction[],
  contentRole: Role,
): Promise<Map<string, string>> {
  const content = { id: asker.id, role: contentRole };
  const byEffect = new Map<UserEffect, Array<{ key: string; userIds: string[] }>>();
  for (const action of actions) {
    const targets = targetsOf(action);
    if (!targets) continue;
    const list = byEffect.get(targets.effect) ?? [];
    list.push({ key: actionKey(action), userIds: targets.userIds });
    byEffect.set(targets.effect, list);
  }
  const refusals = await joinRefusals(synapse, content, actions);
  for (const action of actions) {
    if (action.type !== "room.users_set_power_levels") continue;
    const { roomId, roomPowerForUserId } = action.payload;
    const refusal = roomAdminLevelRefusal(content, roomId, roomPowerForUserId);
    if (refusal) refusals.set(actionKey(action), refusal);
  }
  for (const [effect, entries] of byEffect) {
    const userIds = entries.flatMap((entry) => entry.userIds);
    const actor = decidedByContent(effect) ? content : asker;
    const refused = await findUserRefusals(actor, { userIds, effect }, synapse);
    for (const { key, userIds: targets } of entries) {
      const reasons = targets.flatMap((userId) => refused.get(userId) ?? []);
      if (reasons.length === 0) continue;
      const before = refusals.get(key);
      refusals.set(key, [before, ...reasons].filter(Boolean).join(" "));
    }
  }
  return refusals;
}
