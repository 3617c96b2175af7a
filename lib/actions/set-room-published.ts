"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setRoomPublished as setPublished } from "@/lib/operations/set-room-flags";
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
  run: async ({ roomId, enabled }) => setPublished(await getServiceSynapse(), roomId, enabled),
});
