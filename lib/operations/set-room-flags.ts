import { recordChange } from "@/lib/audit/changes";
import type { SynapseClient } from "@/lib/synapse";

/** Lists the room in the public room directory (enabled) or takes it out. */
export async function setRoomPublished(synapse: SynapseClient, roomId: string, enabled: boolean) {
  // One extra GET .../v1/rooms/<id>, only for the audit's "from".
  const before = (await synapse.rooms.get(roomId)).public;
  await synapse.rooms.setDirectoryVisibility(roomId, enabled ? "public" : "private");
  // Synapse answers {}: the value after is the one it accepted.
  recordChange("published", before, enabled);
  return { roomId, published: enabled };
}

/** Blocks the room (enabled) or lifts the block; "to" is the block Synapse answers with. */
export async function setRoomBlocked(synapse: SynapseClient, roomId: string, enabled: boolean) {
  // One extra GET .../v1/rooms/<id>/block, only for the audit's "from".
  const before = (await synapse.rooms.blockStatus(roomId)).block;
  const { block } = await synapse.rooms.setBlocked(roomId, enabled);
  recordChange("blocked", before, block);
  return { roomId, blocked: block };
}
