"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { startHistoryPurge } from "@/lib/operations/purge-room-history";
import { purgeHistorySchema } from "@/lib/schemas/room-actions";
import { defineAction } from "./define-action";

/** Starts purging the room's history before a date; Synapse finishes it in the background. */
export const purgeRoomHistory = defineAction({
  name: "room.purge_history",
  role: "admin",
  input: purgeHistorySchema,
  mutates: true,
  target: (input) => ({ type: "room", id: input.roomId }),
  run: async (input) => startHistoryPurge(await getServiceSynapse(), input),
});
