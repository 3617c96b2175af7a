"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { makeUserRoomAdmin } from "@/lib/operations/set-member-power-level";
import { makeRoomAdminSchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

// Admin only: Synapse joins the user (invited or forced in) with the room's top power, which is
// entering the room; an operator could read a private room through a stand-in account.
export const makeRoomAdmin = defineAction({
  name: "room.make_admin",
  role: "admin",
  input: makeRoomAdminSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ roomId, userId }) => makeUserRoomAdmin(await getServiceSynapse(), roomId, userId),
});
