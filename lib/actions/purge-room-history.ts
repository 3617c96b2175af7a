"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { startHistoryPurge } from "@/lib/operations/purge-room-history";
import { purgeHistorySchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Starts purging the room's history before a date; Synapse finishes it in the background. */
export const purgeRoomHistory = defineAction({
  name: "room.purge_history",
  role: "admin",
  input: purgeHistorySchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => startHistoryPurge(await getServiceSynapse(), input),
});
