"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { userFlagSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const setUserSuspended = defineAction({
  name: "user.set_suspended",
  role: "operator",
  input: userFlagSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  run: async (input) => {
    await (await getServiceSynapse()).users.setSuspended(input.userId, input.enabled);
    return { userId: input.userId, suspended: input.enabled };
  },
});
