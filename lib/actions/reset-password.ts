"use server";

import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { resetUserPassword } from "@/lib/operations/reset-user-password";
import { resetPasswordSchema } from "@/lib/schemas/user-actions";
import { defineAction } from "./define-action";

// The audit input's `password` is redacted by the audit log; the generated one is only returned.
export const resetPassword = defineAction({
  name: "user.reset_password",
  role: "operator",
  input: resetPasswordSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "set_password" }),
  run: async (input) => resetUserPassword(await getServiceSynapse(), input),
});
