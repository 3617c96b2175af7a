import { ActionError } from "@/lib/actions/action-result";
import { hasRole, type Role } from "@/lib/auth/roles";
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
 * removal guard), so whoever asks hears a refusal at once rather than from a failed run.
 */
export async function startPolicyApply(input: StartApplyInput): Promise<{ runId: string }> {
  if (!hasRole(input.requestedByRole, "admin")) {
    throw new ActionError("Applying the policy needs the admin role.");
  }
  await getApplicablePlanOrThrow(input);
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
