"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { joinUsersToRoom } from "@/lib/operations/join-users-to-room";
import { assertRoomJoinAllowed } from "@/lib/operations/room-join-access";
import { joinRoomUsersSchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

// Not audited as a whole: each user's join writes its own entry ("room.join_user").
export const joinRoomUsers = defineAction({
  name: "room.join_users",
  role: "operator",
  input: joinRoomUsersSchema,
  mutates: false,
  targetsUsers: (input) => ({ userIds: input.userIds, effect: "change", each: true }),
  checkAccess: async ({ roomId, userIds }, actor) =>
    assertRoomJoinAllowed(await getServiceSynapse(), actor, roomId, userIds),
  run: async (input, context) => joinUsersToRoom(await getServiceSynapse(), input, context),
});
