"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { loginAsUser as loginAs } from "@/lib/operations/login-as-user";
import { loginAsUserSchema } from "@/lib/schemas/login-as";
import { defineAction } from "./define-action";

/**
 * A short-lived token acting as the user, for support; admins only, with a typed reason. The
 * audit keeps the reason, lifetime and expiry; the token is shown once and its key
 * (accessToken) is redacted in the audit outcome.
 */
export const loginAsUser = defineAction({
  name: "user.login_as",
  role: "admin",
  input: loginAsUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "log_in_as" }),
  run: async (input) => loginAs(await getServiceSynapse(), input),
});
