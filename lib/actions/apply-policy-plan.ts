"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { POLICY_TARGET } from "@/lib/policy/policy-audit";
import { startPolicyApply } from "@/lib/policy/start-apply";
import { applyPolicyPlanSchema } from "@/lib/schemas/policy-actions";
import { defineAction } from "./define-action";

/**
 * Starts the policy_apply run of a reviewed plan. The run checks each user it changes against
 * the user-target rule with the asker's role, and refuses a plan of an older version or one
 * above the removal guard whose count was not typed back.
 */
export const applyPolicyPlan = defineAction({
  name: "policy.apply",
  role: "admin",
  input: applyPolicyPlanSchema,
  mutates: true,
  target: () => POLICY_TARGET,
  targetsUsers: TARGETS_NO_USER,
  run: ({ planId, confirmedRemovals }, { actor }) =>
    startPolicyApply({
      planId,
      confirmedRemovals,
      requestedBy: actor.id,
      requestedByRole: actor.role ?? "admin",
    }),
});
