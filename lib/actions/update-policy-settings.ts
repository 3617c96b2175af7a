"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { savePolicySettings } from "@/lib/policy/settings";
import { policySettingsSchema } from "@/lib/schemas/policy-settings";
import { defineAction } from "./define-action";

/**
 * Sets or clears the URL the policy is pulled from (its bearer token sealed) and the apply guard.
 * The token is redacted in the audit entry like every secret.
 */
export const updatePolicySettings = defineAction({
  name: "policy.update_settings",
  role: "admin",
  input: policySettingsSchema,
  mutates: true,
  target: () => ({ type: "console", id: "policy" }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input, { actor }) => savePolicySettings(input, actor.id),
});
