"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readAdminBefore, setServerAdmin as setAdmin } from "@/lib/operations/set-server-admin";
import { userFlagSchema } from "@/lib/schemas/user-actions";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

export const setServerAdmin = defineAction({
  name: "user.set_admin",
  role: "admin",
  input: userFlagSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({
    userIds: [input.userId],
    effect: input.enabled ? "promote" : "demote",
  }),
  readBefore: async (input) => readAdminBefore(await getServiceSynapse(), input.userId),
  run: async (input, { actor, before }) => {
    // Taking one's own admin away by a slip would lock the person out of this very page.
    if (!input.enabled && input.userId === actor.id)
      throw new ActionError("You cannot revoke your own server admin here.");
    return setAdmin(await getServiceSynapse(), input, before);
  },
});
