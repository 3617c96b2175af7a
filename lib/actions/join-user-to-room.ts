"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { assertRoomJoinAllowed } from "@/lib/operations/room-join-access";
import { joinRoomSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const joinUserToRoom = defineAction({
  name: "user.join_room",
  role: "operator",
  input: joinRoomSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  checkAccess: async ({ userId, room }, actor) =>
    assertRoomJoinAllowed(await getServiceSynapse(), actor, room, [userId]),
  run: async ({ userId, room }) => {
    const { room_id } = await (await getServiceSynapse()).users.joinRoom(room, userId);
    return { userId, room, roomId: room_id };
  },
});
