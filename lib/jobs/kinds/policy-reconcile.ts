import { runPolicyReconcile } from "@/lib/operations/policy/run-policy-reconcile";
import { policyReconcileParamsSchema, type PolicyReconcileParams } from "@/lib/schemas/policy-jobs";
import type { JobKindDefinition } from "../job-kind";

/** Keeps Synapse in line with the policy on a schedule: reports the drift, or applies it. */
export const policyReconcileKind: JobKindDefinition<PolicyReconcileParams> = {
  kind: "policy_reconcile",
  label: "Policy reconcile",
  params: policyReconcileParamsSchema,
  run: runPolicyReconcile,
};
