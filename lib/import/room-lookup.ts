import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { RoomLookup } from "./classify-import-row";
import { oncePerKey } from "./once-per-key";

/**
 * Resolves each room of an import once per run (a file names the same few rooms on many lines):
 * an alias to its room ID, a room ID to itself when Synapse knows the room; null when neither.
 */
export function roomLookup(synapse: SynapseClient): RoomLookup {
  return oncePerKey(async (room: string) => {
    try {
      if (room.startsWith("#")) return await synapse.rooms.resolveAlias(room);
      await synapse.rooms.get(room);
      return room;
    } catch (error) {
      if (isSynapseError(error, "not_found")) return null;
      throw error;
    }
  });
}
