import { ActionError } from "@/lib/actions/action-result";
import type { QuarantineRoomMediaInput } from "@/lib/schemas/media-item";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/**
 * Quarantines every file the room's messages point at, local and remote, so nobody can download
 * them through this server. Synapse answers 0 for a room it does not know, so the room is read
 * first; protected files are left as they are (Synapse skips them).
 */
export async function quarantineRoomMedia(
  synapse: SynapseClient,
  { roomId }: QuarantineRoomMediaInput,
) {
  await synapse.rooms.get(roomId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(`There is no room ${roomId} on this homeserver.`);
    throw error;
  });
  const quarantined = await synapse.media.quarantineRoom(roomId);
  return { roomId, quarantined };
}
