"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { startRoomDeletion } from "@/lib/operations/delete-room";
import { deleteRoomSchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Starts deleting a room; the audit entry records the request, Synapse finishes it in the background. */
export const deleteRoom = defineAction({
  name: "room.delete",
  role: "admin",
  input: deleteRoomSchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => startRoomDeletion(await getServiceSynapse(), input),
});
