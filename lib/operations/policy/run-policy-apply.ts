import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import type { JobContext } from "@/lib/jobs/job-kind";
import { getApplicablePlanOrThrow } from "@/lib/policy/applicable-plan";
import type { PolicyApplyParams } from "@/lib/schemas/policy-jobs";
import { applyPlanActions } from "./apply-plan-actions";

/**
 * The policy_apply run: checks the plan again (latest version, removal guard; also when resumed),
 * then applies its actions (applyPlanActions). A refused plan fails the run with the reason.
 */
export async function runPolicyApply(params: PolicyApplyParams, context: JobContext) {
  const applicable = await getApplicablePlanOrThrow(params);
  const synapse = await getServiceSynapse();
  return applyPlanActions(
    synapse,
    {
      planId: applicable.planId,
      versionNumber: applicable.versionNumber,
      actions: applicable.plan.actions,
      policy: applicable.policy,
      serverName: applicable.serverName,
      serviceUserId: await getServiceUserId(synapse),
      requestedByRole: params.requestedByRole,
      // A person read this plan's actions before applying it.
      contentRole: params.requestedByRole,
    },
    context,
  );
}
