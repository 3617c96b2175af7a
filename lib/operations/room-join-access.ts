import { ActionError } from "@/lib/actions/action-result";
import { hasRole } from "@/lib/auth/roles";
import type { RuleActor } from "@/lib/auth/user-target-access";
import type { SynapseClient } from "@/lib/synapse";
import { usersNamed } from "@/lib/format/users-named";

/**
 * The room's join rule when the actor may not join people to it, or null when they may. Joining
 * someone lets whoever holds that account read the room, so an operator (who can create users and
 * set their passwords) could read any private room through a stand-in account: below admin, people
 * may be joined only to rooms whose join rule is "public", read on the server at the time of asking.
 */
export async function refusedJoinRule(
  synapse: SynapseClient,
  actor: RuleActor,
  room: string,
): Promise<string | null> {
  if (actor.role && hasRole(actor.role, "admin")) return null;
  const roomId = room.startsWith("#") ? await synapse.rooms.resolveAlias(room) : room;
  const joinRule = (await synapse.rooms.get(roomId)).join_rules ?? "unknown";
  return joinRule === "public" ? null : joinRule;
}

/** The sentence refusing to join these users to a room with the given join rule. */
export function roomJoinRefusal(
  actor: RuleActor,
  room: string,
  joinRule: string,
  userIds: readonly string[],
): string {
  const by = actor.role === "operator" ? "an operator" : `a ${actor.role ?? "user without a role"}`;
  return `${usersNamed(userIds)} cannot be joined to ${room} by ${by}: the room is not public (join rule ${joinRule}); joining people to private rooms needs the admin role.`;
}

/** Throws the refusal as an ActionError, for actions to check before the audit entry and any change. */
export async function assertRoomJoinAllowed(
  synapse: SynapseClient,
  actor: RuleActor,
  room: string,
  userIds: readonly string[],
): Promise<void> {
  const joinRule = await refusedJoinRule(synapse, actor, room);
  if (joinRule) throw new ActionError(roomJoinRefusal(actor, room, joinRule, userIds));
}
