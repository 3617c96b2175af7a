import { ActionError } from "@/lib/actions/action-result";
import type { PolicyDocument, PolicyUser } from "@/lib/policy/document/schema";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/** What applying one policy action needs besides the action itself; one per apply run. */
export type PolicyApplyContext = {
  synapse: SynapseClient;
  serverName: string;
  /** The console's own account: it creates rooms and sends power levels, and is never deactivated. */
  serviceUserId: string;
  /** Who asked for the apply: never deactivated by it either. */
  requestedBy: string;
  /** The policy's users by ID, for what a plan never holds (initial passwords). */
  users: ReadonlyMap<string, PolicyUser>;
  /** Room IDs by alias, as resolved or created during this run. */
  roomIds: Map<string, string>;
  /**
   * Who is joined to each room, by room ID, read right before the chunk of joins or leaves being
   * applied (membership-snapshot.ts) and kept up to date by them; rooms not in it are read per action.
   */
  joinedByRoom: Map<string, Set<string>>;
};

export function createApplyContext(
  synapse: SynapseClient,
  policy: PolicyDocument,
  facts: { serverName: string; serviceUserId: string; requestedBy: string },
): PolicyApplyContext {
  const users = new Map((policy.users ?? []).map((user) => [user.id, user]));
  return { synapse, ...facts, users, roomIds: new Map(), joinedByRoom: new Map() };
}

/**
 * The room ID of a room reference (an ID, or the alias of a declared room); null for an alias
 * nothing answers to yet, such as a room the plan creates later.
 */
export async function findRoomId(
  context: PolicyApplyContext,
  reference: string,
): Promise<string | null> {
  if (!reference.startsWith("#")) return reference;
  const known = context.roomIds.get(reference);
  if (known) return known;
  try {
    const roomId = await context.synapse.rooms.resolveAlias(reference);
    context.roomIds.set(reference, roomId);
    return roomId;
  } catch (error) {
    if (isSynapseError(error, "not_found")) return null;
    throw error;
  }
}

/** The room ID of a reference, or an ActionError saying the room does not exist. */
export async function getRoomIdOrThrow(context: PolicyApplyContext, reference: string) {
  const roomId = await findRoomId(context, reference);
  if (roomId) return roomId;
  throw new ActionError(
    `No room answers to ${reference}: the plan's room.create for it has not succeeded.`,
  );
}
