"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { forEachUser } from "@/lib/operations/for-each-user";
import { getUserOrThrow } from "@/lib/operations/require-user";
import { bulkJoinRoomSchema } from "@/lib/schemas/bulk-user-actions";
import { defineAction } from "./define-action";

/**
 * Joins many local users to a room without an invite. Synapse needs the service account to be in
 * a room that is not public, and says so per user when it is not.
 */
export const joinUsersToRoom = defineAction({
  name: "user.join_room",
  role: "operator",
  input: bulkJoinRoomSchema,
  mutates: false,
  run: async ({ userIds, room }, { actor }) => {
    const synapse = await getServiceSynapse();
    return forEachUser(
      { actor, action: "user.join_room", userIds, details: { room } },
      async (userId) => {
        await getUserOrThrow(synapse, userId);
        await synapse.users.joinRoom(room, userId);
      },
    );
  },
});
