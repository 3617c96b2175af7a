import type { DeleteRoomInput } from "@/lib/schemas/room-actions";

/** The confirmation sentence: exactly what deleting with these options does to this room. */
export function describeDeletion(roomLabel: string, roomId: string, input: DeleteRoomInput) {
  const parts = [
    `All local members leave ${roomLabel} (${roomId}) and its local aliases are removed.`,
    input.newRoomUserId
      ? `They are moved to a new room created by ${input.newRoomUserId}.`
      : "They are not moved anywhere.",
    input.purge
      ? `Its history is purged from the database${input.forcePurge ? ", even if local users are still in it" : ""}; this cannot be undone.`
      : "Its history stays in the database.",
    input.block ? "The room is blocked, so nobody can join it again." : "The room is not blocked.",
  ];
  return parts.join(" ");
}
