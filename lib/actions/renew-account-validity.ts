"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { renewAccountValidity as renew } from "@/lib/operations/renew-account-validity";
import { renewAccountValiditySchema } from "@/lib/schemas/account-validity";
import { defineAction } from "./define-action";

/**
 * Renews when an account expires. Operator, like locking and unlocking: it decides whether an
 * account keeps working, and the user-target rule keeps operators off admins and console roles.
 */
export const renewAccountValidity = defineAction({
  name: "user.renew_validity",
  role: "operator",
  input: renewAccountValiditySchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "set_expiry" }),
  run: async (input) => renew(await getServiceSynapse(), input),
});
