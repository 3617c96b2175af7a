import type { DeleteRoomInput } from "@/lib/schemas/room-actions";
import type { SynapseClient } from "@/lib/synapse";

/** Starts deleting a room in the background on Synapse; poll its status with the returned ID. */
export async function startRoomDeletion(synapse: SynapseClient, input: DeleteRoomInput) {
  const deleteId = await synapse.rooms.delete(input.roomId, {
    block: input.block,
    purge: input.purge,
    forcePurge: input.forcePurge,
    replacement: input.newRoomUserId
      ? {
          newRoomUserId: input.newRoomUserId,
          roomName: input.roomName || undefined,
          message: input.message || undefined,
        }
      : undefined,
  });
  return { roomId: input.roomId, deleteId };
}

/** The deletion's progress in the words the console shows. */
export async function getRoomDeletionStatus(synapse: SynapseClient, deleteId: string) {
  const status = await synapse.rooms.deleteStatus(deleteId);
  return {
    status: status.status,
    error: status.error ?? null,
    kickedUsers: status.shutdown_room?.kicked_users ?? [],
    failedToKick: status.shutdown_room?.failed_to_kick_users ?? [],
    newRoomId: status.shutdown_room?.new_room_id ?? null,
  };
}
export type RoomDeletionStatus = Awaited<ReturnType<typeof getRoomDeletionStatus>>;
