"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { setUserLocked as setLocked } from "@/lib/operations/set-user-locked";
import { userFlagSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setUserLocked = defineAction({
  name: "user.set_locked",
  role: "operator",
  input: userFlagSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: input.enabled ? "lock" : "change" }),
  run: async (input) => setLocked(await getServiceSynapse(), input),
});
