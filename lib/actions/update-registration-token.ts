"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  getRegistrationTokenOrThrow,
  updateRegistrationToken as updateToken,
} from "@/lib/operations/registration-tokens";
import { updateRegistrationTokenSchema } from "@/lib/schemas/registration-token";
import { defineAction } from "./define-action";

export const updateRegistrationToken = defineAction({
  name: "registration_token.update",
  role: "admin",
  input: updateRegistrationTokenSchema,
  mutates: true,
  target: () => ({ type: "homeserver", id: "registration tokens" }),
  targetsUsers: TARGETS_NO_USER,
  readBefore: async (input) => getRegistrationTokenOrThrow(await getServiceSynapse(), input.token),
  run: async (input, { before }) => updateToken(await getServiceSynapse(), input, before),
});
