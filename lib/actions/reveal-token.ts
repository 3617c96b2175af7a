"use server";

import { takeUnseenToken } from "@/lib/tokens/managed-accounts";
import { managedUserSchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/**
 * Shows the newest token of a managed account once. The audit input names only the account, and
 * the returned token is redacted in the audit outcome by its key.
 */
export const revealToken = defineAction({
  name: "token.reveal",
  role: "admin",
  input: managedUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ userId }) => ({ accessToken: await takeUnseenToken(userId) }),
});
