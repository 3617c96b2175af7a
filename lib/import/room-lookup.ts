import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { RoomLookup } from "./classify-import-row";

/**
 * Resolves each room of an import once per run (a file names the same few rooms on many lines):
 * an alias to its room ID, a room ID to itself when Synapse knows the room; null when neither.
 */
export function roomLookup(synapse: SynapseClient): RoomLookup {
  const known = new Map<string, Promise<string | null>>();
  const resolve = async (room: string) => {
    try {
      if (room.startsWith("#")) return await synapse.rooms.resolveAlias(room);
      await synapse.rooms.get(room);
      return room;
    } catch (error) {
      if (isSynapseError(error, "not_found")) return null;
      throw error;
    }
  };
  return (room) => {
    let answer = known.get(room);
    if (!answer) {
      answer = resolve(room);
      // A transient failure is asked again by the next row, not remembered.
      answer.catch(() => known.delete(room));
      known.set(room, answer);
    }
    return answer;
  };
}
