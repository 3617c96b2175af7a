"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { createRegistrationToken as createToken } from "@/lib/operations/registration-tokens";
import { createRegistrationTokenSchema } from "@/lib/schemas/registration-token";
import { defineAction } from "./define-action";

// Admin only: a token lets anyone holding it create an account on the homeserver.
export const createRegistrationToken = defineAction({
  name: "registration_token.create",
  role: "admin",
  input: createRegistrationTokenSchema,
  mutates: true,
  target: () => ({ type: "homeserver", id: "registration tokens" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => createToken(await getServiceSynapse(), input),
});
