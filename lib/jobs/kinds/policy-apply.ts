import { runPolicyApply } from "@/lib/operations/policy/run-policy-apply";
import { policyApplyParamsSchema, type PolicyApplyParams } from "@/lib/schemas/policy-jobs";
import type { JobKindDefinition } from "../job-kind";

/** Applies a reviewed policy plan, one audited step per action. */
export const policyApplyKind: JobKindDefinition<PolicyApplyParams> = {
  kind: "policy_apply",
  label: "Policy apply",
  params: policyApplyParamsSchema,
  run: runPolicyApply,
};
