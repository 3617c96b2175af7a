"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { saveLifecycleSettings as saveSettings } from "@/lib/lifecycle/settings";
import { lifecycleSettingsSchema } from "@/lib/schemas/lifecycle";
import { defineAction } from "./define-action";

/** Sets the groups lifecycle events put users in and whether a revoke erases; admins only. */
export const saveLifecycleSettings = defineAction({
  name: "lifecycle.update_settings",
  role: "admin",
  input: lifecycleSettingsSchema,
  mutates: true,
  target: () => ({ type: "console", id: "lifecycle" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => saveSettings(input, actor.id),
});
