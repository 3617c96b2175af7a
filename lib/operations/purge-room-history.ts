import type { PurgeHistoryInput } from "@/lib/schemas/room-actions";
import type { SynapseClient } from "@/lib/synapse";

/** Starts purging a room's history on Synapse; poll its status with the returned ID. */
export async function startHistoryPurge(synapse: SynapseClient, input: PurgeHistoryInput) {
  const purgeId = await synapse.rooms.purgeHistory(input.roomId, {
    upToTs: input.upToTs,
    deleteLocalEvents: input.deleteLocalEvents,
  });
  return { roomId: input.roomId, purgeId };
}

export async function getHistoryPurgeStatus(synapse: SynapseClient, purgeId: string) {
  const status = await synapse.rooms.purgeStatus(purgeId);
  return { status: status.status, error: status.error ?? null };
}
