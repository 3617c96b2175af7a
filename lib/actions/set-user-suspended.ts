"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setUserSuspended as setSuspended } from "@/lib/operations/set-user-suspended";
import { userFlagSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setUserSuspended = defineAction({
  name: "user.set_suspended",
  role: "operator",
  input: userFlagSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({
    userIds: [input.userId],
    effect: input.enabled ? "suspend" : "change",
  }),
  run: async (input) => setSuspended(await getServiceSynapse(), input),
});
