"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  readSuspendedBefore,
  setUserSuspended as setSuspended,
} from "@/lib/operations/set-user-suspended";
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
  readBefore: async (input) => readSuspendedBefore(await getServiceSynapse(), input.userId),
  run: async (input, { before }) => setSuspended(await getServiceSynapse(), input, before),
});
