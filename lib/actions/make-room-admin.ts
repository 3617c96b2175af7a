"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { makeRoomAdminSchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

export const makeRoomAdmin = defineAction({
  name: "room.make_admin",
  role: "operator",
  input: makeRoomAdminSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ roomId, userId }) => {
    await (await getServiceSynapse()).rooms.makeAdmin(roomId, userId);
    return { roomId, userId };
  },
});
