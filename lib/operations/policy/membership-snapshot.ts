import { withPatience, type WaitNotice } from "@/lib/devices/patience";
import type { PolicyAction } from "@/lib/policy/plan/actions";
import { mapWithConcurrency } from "@/lib/synapse";
import { findRoomId, type PolicyApplyContext } from "./apply-context";

/** Membership actions re-checked against one read of their rooms' members. */
export const MEMBERSHIP_CHUNK = 100;
const READ_CONCURRENCY = 4;

type MembershipAction = Extract<PolicyAction, { type: "room.join" | "room.leave" }>;

export function isMembershipAction(action: PolicyAction): action is MembershipAction {
  return action.type === "room.join" || action.type === "room.leave";
}

/**
 * A phase of joins or leaves in chunks of actions on few rooms: sorted by room (actions of one
 * phase do not depend on each other), then cut every MEMBERSHIP_CHUNK actions, so each chunk's
 * re-checks cost one members read per room instead of one read per action.
 */
export function membershipChunks(phase: readonly MembershipAction[]): MembershipAction[][] {
  const byRoom = [...phase].sort((a, b) =>
    a.payload.roomId < b.payload.roomId ? -1 : a.payload.roomId > b.payload.roomId ? 1 : 0,
  );
  const chunks: MembershipAction[][] = [];
  for (let i = 0; i < byRoom.length; i += MEMBERSHIP_CHUNK) {
    chunks.push(byRoom.slice(i, i + MEMBERSHIP_CHUNK));
  }
  return chunks;
}

/**
 * Reads who is joined to each room of the chunk, right before the chunk runs
 * (GET /_synapse/admin/v1/rooms/<id>/members), into the context's `joinedByRoom`, which the join
 * and leave handlers re-check against. A room that cannot be read (or does not exist yet) is left
 * out (mapWithConcurrency settles each read): its actions re-check with a read of their own.
 */
export async function readChunkMemberships(
  chunk: readonly MembershipAction[],
  context: PolicyApplyContext,
  signal: AbortSignal,
  hooks: { onWait?: WaitNotice },
): Promise<void> {
  context.joinedByRoom.clear();
  const references = [...new Set(chunk.map((action) => action.payload.roomId))];
  await mapWithConcurrency(
    references,
    READ_CONCURRENCY,
    async (reference) => {
      const roomId = await withPatience(() => findRoomId(context, reference), signal, hooks);
      if (!roomId) return;
      const members = await withPatience(
        () => context.synapse.rooms.members(roomId),
        signal,
        hooks,
      );
      context.joinedByRoom.set(roomId, new Set(members));
    },
    { signal },
  );
}

/**
 * Drops what the chunk's read says about the action's room, before the re-check of a try made
 * again after a lost answer: the first try may have landed, and only Synapse knows.
 */
export function forgetRoomMembers(action: PolicyAction, context: PolicyApplyContext): void {
  if (!isMembershipAction(action)) return;
  const reference = action.payload.roomId;
  context.joinedByRoom.delete(context.roomIds.get(reference) ?? reference);
}
