"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { assertRoomJoinAllowed } from "@/lib/operations/room-join-access";
import { bulkJoinRoomSchema } from "@/lib/schemas/bulk-user-actions";
import { defineUserBulkAction } from "./user-bulk-action";

/**
 * Joins many local users to a room without an invite, as a job. Synapse needs the service account
 * to be in a room that is not public, and says so per user when it is not. Below admin, only
 * rooms whose join rule is public.
 */
export const joinUsersToRoom = defineUserBulkAction({
  role: "operator",
  input: bulkJoinRoomSchema,
  effect: "change",
  // Refused here for the whole request; the job checks again when it runs (the room may change).
  checkAccess: async ({ userIds, room }, actor) =>
    assertRoomJoinAllowed(await getServiceSynapse(), actor, room, userIds),
  toParams: ({ userIds, room, reason }, requestedByRole) => ({
    change: "join_room",
    userIds,
    room,
    reason,
    requestedByRole,
  }),
});
