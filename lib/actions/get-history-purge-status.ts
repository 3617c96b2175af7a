"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getHistoryPurgeStatus } from "@/lib/operations/purge-room-history";
import { purgeStatusSchema } from "@/lib/schemas/room-actions";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { defineAction } from "./define-action";

/** Read-only: how far a history purge has got, for the progress the purge dialog polls. */
export const getHistoryPurgeProgress = defineAction({
  name: "room.purge_history_status",
  role: "admin",
  input: purgeStatusSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ purgeId }) => getHistoryPurgeStatus(await getServiceSynapse(), purgeId),
});
