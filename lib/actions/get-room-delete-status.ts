"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getRoomDeletionStatus } from "@/lib/operations/delete-room";
import { deleteStatusSchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Read-only: how far a room deletion has got, for the progress the delete dialog polls. */
export const getRoomDeleteStatus = defineAction({
  name: "room.delete_status",
  role: "admin",
  input: deleteStatusSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ deleteId }) => getRoomDeletionStatus(await getServiceSynapse(), deleteId),
});
