"use server";

import { z } from "zod";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { replaceLifecycleSecret as replaceSecret } from "@/lib/lifecycle/settings";
import { defineAction } from "./define-action";

/**
 * Makes a new signing secret for lifecycle events and returns it, the one time it is shown (the
 * audit redacts `secret`), or removes it (`forget`). Admins only: the secret acts as an admin.
 */
export const replaceLifecycleSecret = defineAction({
  name: "lifecycle.replace_secret",
  role: "admin",
  input: z.strictObject({ forget: z.boolean() }),
  mutates: true,
  target: () => ({ type: "console", id: "lifecycle" }),
  targetsUsers: TARGETS_NO_USER,
  run: async ({ forget }, { actor }) => replaceSecret(actor.id, { forget }),
});
