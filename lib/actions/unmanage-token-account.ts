"use server";

import { unmanage } from "@/lib/tokens/managed-accounts";
import { managedUserSchema } from "@/lib/tokens/schemas";
import { defineAction } from "./define-action";

/** Stops managing an account's token; its tokens keep working. */
export const unmanageTokenAccount = defineAction({
  name: "token.unmanage",
  role: "admin",
  input: managedUserSchema,
  mutates: true,
  target: (input) => ({ type: "user", id: input.userId }),
  targetsUsers: (input) => ({ userIds: [input.userId], effect: "change" }),
  run: async ({ userId }) => unmanage(userId),
});
