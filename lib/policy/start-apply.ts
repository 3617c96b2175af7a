import { ActionError } from "@/lib/actions/action-result";
import { hasRole, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import { getApplicablePlanOrThrow } from "./applicable-plan";

export type StartApplyInput = {
  planId: string;
  requestedBy: string;
  requestedByRole: Role;
  /** The plan's removals typed back, when it is above the guard. */
  confirmedRemovals?: number;
};

/**
 * Queues a policy_apply run of a reviewed plan, after the run's own checks (latest version, the
 * removal guard), so whoever asks hears a refusal at once rather than from a failed run. The plan
 * keeps who applied it: their review vouches for its version (lib/policy/policy-rights.ts).
 */
export async function startPolicyApply(input: StartApplyInput): Promise<{ runId: string }> {
  if (!hasRole(input.requestedByRole, "admin")) {
    throw new ActionError("Applying the policy needs the admin role.");
  }
  await getApplicablePlanOrThrow(input);
  await db.policyPlan.update({
    where: { id: input.planId },
    data: { reviewedBy: input.requestedBy, reviewedRole: input.requestedByRole },
  });
  const runId = await enqueueRun(
    {
      kind: "policy_apply",
      params: {
        planId: input.planId,
        requestedByRole: input.requestedByRole,
        ...(input.confirmedRemovals === undefined
          ? {}
          : { confirmedRemovals: input.confirmedRemovals }),
      },
      trigger: "manual",
      requestedBy: input.requestedBy,
    },
    await getSendBoss(),
  );
  return { runId };
}
