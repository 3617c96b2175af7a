"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setRoomBlocked as setBlocked } from "@/lib/operations/set-room-flags";
import { roomFlagSchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Blocks the room (enabled) or lifts the block. */
export const setRoomBlocked = defineAction({
  name: "room.set_blocked",
  role: "operator",
  input: roomFlagSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async ({ roomId, enabled }) => setBlocked(await getServiceSynapse(), roomId, enabled),
});
