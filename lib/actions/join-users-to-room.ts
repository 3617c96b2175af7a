"use server";

import { bulkJoinRoomSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/**
 * Joins many local users to a room without an invite, as a job. Synapse needs the service account
 * to be in a room that is not public, and says so per user when it is not.
 */
export const joinUsersToRoom = defineUserBulkAction({
  role: "operator",
  input: bulkJoinRoomSchema,
  effect: "change",
  toParams: ({ userIds, room, reason }, requestedByRole) => ({
    change: "join_room",
    userIds,
    room,
    reason,
    requestedByRole,
  }),
});
