"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { roomFlagSchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Lists the room in the public room directory (enabled) or takes it out. */
export const setRoomPublished = defineAction({
  name: "room.set_published",
  role: "operator",
  input: roomFlagSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async ({ roomId, enabled }) => {
    const synapse = await getServiceSynapse();
    await synapse.rooms.setDirectoryVisibility(roomId, enabled ? "public" : "private");
    return { roomId, published: enabled };
  },
});
