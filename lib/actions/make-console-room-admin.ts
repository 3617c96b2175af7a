"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { makeServiceRoomAdmin } from "@/lib/operations/set-member-power-level";
import { roomOnlySchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/**
 * Makes the console's own account admin of the room, so it can change power levels there. Admin
 * only: with the service account in a private room, anyone could then be joined to it.
 */
export const makeConsoleRoomAdmin = defineAction({
  name: "room.make_console_admin",
  role: "admin",
  input: roomOnlySchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  // It gives power to no person: the console shows no room's messages, and every member it then
  // joins or whose level it sets is checked by those actions (the user-target rule, and joins to
  // rooms that are not public need admin).
  targetsUsers: TARGETS_NO_USER,
  run: async ({ roomId }) => makeServiceRoomAdmin(await getServiceSynapse(), roomId),
});
