"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { makePlan } from "@/lib/policy/make-plan";
import { makePolicyPlanSchema } from "@/lib/schemas/policy-actions";
import { defineAction } from "./define-action";

/**
 * Reads Synapse and stores what a version of the policy would change there, for review. It
 * changes nothing on Synapse, so it is not audited; the plan records who made it.
 */
export const makePolicyPlan = defineAction({
  name: "policy.plan",
  role: "operator",
  input: makePolicyPlanSchema,
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ versionId }, { actor }) => {
    const made = await makePlan({ versionId, createdBy: actor.id, createdByRole: actor.role });
    return { planId: made.planId };
  },
});
