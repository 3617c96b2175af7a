"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import {
  deleteRegistrationToken as deleteToken,
  getRegistrationTokenOrThrow,
} from "@/lib/operations/registration-tokens";
import { deleteRegistrationTokenSchema } from "@/lib/schemas/registration-token";
import { defineAction } from "./define-action";

export const deleteRegistrationToken = defineAction({
  name: "registration_token.delete",
  role: "admin",
  input: deleteRegistrationTokenSchema,
  mutates: true,
  target: () => ({ type: "homeserver", id: "registration tokens" }),
  targetsUsers: TARGETS_NO_USER,
  readBefore: async (input) => getRegistrationTokenOrThrow(await getServiceSynapse(), input.token),
  run: async (input, { before }) => deleteToken(await getServiceSynapse(), input, before),
});
