"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { deactivateUser as deactivate } from "@/lib/operations/deactivate-user";
import { deactivateUserSchema } from "@/lib/schemas/user-actions";
import { ActionError } from "./action-result";
import { defineAction } from "./define-action";

export const deactivateUser = defineAction({
  name: "user.deactivate",
  role: "admin",
  input: deactivateUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "deactivate" }),
  run: async (input, { actor }) => {
    if (input.userId === actor.id)
      throw new ActionError("You cannot deactivate your own account here.");
    return deactivate(await getServiceSynapse(), input);
  },
});
