import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { isSynapseError, mapWithConcurrency } from "@/lib/synapse";
import { toUsersMediaParams, type MediaUsersSearch } from "@/lib/schemas/media-statistics";

export type LargestRoom = { roomId: string; name: string | null; estimatedSize: number };

export type LargestRoomsResult =
  { rooms: LargestRoom[] } | { unsupported: string } | { problem: string };

/** One page of users by media, as the URL asks, or the sentence saying why there is none. */
export async function loadUsersMedia(search: MediaUsersSearch) {
  try {
    const synapse = await getServiceSynapse();
    return { list: await synapse.statistics.usersMedia(toUsersMediaParams(search)) };
  } catch (error) {
    return toPageProblem(error);
  }
}

/** Synapse's answer on SQLite, where its estimate reads PostgreSQL's statistics tables. */
function isPostgresOnly(error: unknown) {
  return isSynapseError(error, "bad_request") && /PostgreSQL/i.test(error.synapseMessage ?? "");
}

/**
 * Synapse's ten largest rooms by database space, with their names (one room read each, four at a
 * time; a room whose details cannot be read keeps its ID alone).
 */
export async function loadLargestRooms(): Promise<LargestRoomsResult> {
  try {
    const synapse = await getServiceSynapse();
    const { rooms } = await synapse.statistics.largestRooms();
    const named = await mapWithConcurrency(rooms, 4, async (room) => ({
      roomId: room.room_id,
      name: await synapse.rooms.get(room.room_id).then(
        (details) => details.name,
        () => null,
      ),
      estimatedSize: room.estimated_size,
    }));
    return {
      rooms: named.flatMap((result) => (result.ok ? [result.value] : [])),
    };
  } catch (error) {
    if (isPostgresOnly(error))
      return {
        unsupported:
          "Synapse estimates room sizes only when it runs on PostgreSQL; this homeserver runs on SQLite, so it cannot say which rooms are largest.",
      };
    return toPageProblem(error);
  }
}
