"use server";

import { updatePolicy } from "@/lib/tokens/managed-accounts";
import { tokenPolicySchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/** Changes a managed account's token age limit, grace period or webhook. */
export const updateTokenPolicy = defineAction({
  name: "token.update_policy",
  role: "admin",
  input: tokenPolicySchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async (input) => updatePolicy(input),
});
