"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { reactivateUser as reactivate } from "@/lib/operations/reactivate-user";
import { reactivateUserSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

export const reactivateUser = defineAction({
  name: "user.reactivate",
  role: "admin",
  input: reactivateUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "set_password" }),
  run: async (input) => reactivate(await getServiceSynapse(), input),
});
