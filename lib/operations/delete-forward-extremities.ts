import { recordChange } from "@/lib/audit/changes";
import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/** How many forward extremities the room has, read for the audit's "from". */
export async function countForwardExtremities(synapse: SynapseClient, roomId: string) {
  return (await synapse.rooms.forwardExtremities(roomId)).count;
}

/**
 * Deletes the room's extra forward extremities: Synapse keeps the newest one and drops the rest,
 * so 0 deleted is a plain answer for a healthy room. The count before and after are recorded.
 */
export async function deleteForwardExtremities(
  synapse: SynapseClient,
  roomId: string,
  before?: Promise<number>,
) {
  const from = await (before ?? countForwardExtremities(synapse, roomId));
  // Synapse answers 500 to a delete in a room without any (its "keep the newest" query finds none),
  // and lists none for a room it does not know: both are nothing to delete, said as such.
  if (from === 0) {
    throw new ActionError(
      `${roomId} has no forward extremities (or is no room on this homeserver): there is nothing to delete.`,
    );
  }
  let deleted: number;
  try {
    deleted = await synapse.rooms.deleteForwardExtremities(roomId);
  } catch (error) {
    if (isSynapseError(error, "not_found")) {
      throw new ActionError(`There is no room ${roomId} on this homeserver.`);
    }
    throw error;
  }
  const remaining = await countForwardExtremities(synapse, roomId);
  recordChange("forward_extremities", from, remaining);
  return { roomId, deleted, remaining };
}
