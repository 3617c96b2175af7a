"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { roomUserSchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

export const makeRoomAdmin = defineAction({
  name: "room.make_admin",
  role: "operator",
  input: roomUserSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  run: async ({ roomId, userId }) => {
    await (await getServiceSynapse()).rooms.makeAdmin(roomId, userId);
    return { roomId, userId };
  },
});
