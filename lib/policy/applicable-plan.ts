import { ActionError } from "@/lib/actions/action-result";
import { db } from "@/lib/db";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { guardRefusal, type GuardSettings } from "./apply-guard";
import type { PolicyDocument } from "./document/schema";
import { parseVersionOrThrow } from "./make-plan";
import type { PolicyPlan } from "./plan/plan-policy";
import { getPolicySettings } from "./settings";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import { getVersion, latestVersion } from "./versions";

export type ApplicablePlan = {
  planId: string;
  versionNumber: number;
  plan: PolicyPlan;
  removals: number;
  policy: PolicyDocument;
  serverName: string;
  /** Users the policy lists, for the removal guard. */
  managedUsers: number;
  guard: GuardSettings;
};

/**
 * A stored plan of the latest version, or an ActionError saying why not: it must exist, and a plan
 * of an older version describes a policy no longer wanted.
 */
export async function loadLatestPlanOrThrow(planId: string): Promise<ApplicablePlan> {
  const row = await db.policyPlan.findFirst({ where: { id: planId, homeserverId: HOMESERVER_ID } });
  if (!row) throw new ActionError("That plan does not exist.");
  const [version, latest] = await Promise.all([getVersion(row.versionId), latestVersion()]);
  if (!version) throw new ActionError("The version this plan was made of no longer exists.");
  if (latest && latest.id !== version.id) {
    throw new ActionError(
      `This plan was made of version ${version.number}, and version ${latest.number} is the latest now: make a new plan of it and review that one.`,
    );
  }
  const { serverName } = await getHomeserverOrThrow();
  const policy = parseVersionOrThrow(version, serverName);
  const { guardCount, guardPercent } = await getPolicySettings();
  return {
    planId: row.id,
    versionNumber: version.number,
    plan: row.plan as unknown as PolicyPlan,
    removals: row.removals,
    policy,
    serverName,
    managedUsers: policy.users?.length ?? 0,
    guard: { guardCount, guardPercent },
  };
}

/**
 * A stored plan that may be applied now (loadLatestPlanOrThrow), and within the removal guard
 * unless `confirmedRemovals` equals its removals; otherwise an ActionError saying why not.
 */
export async function getApplicablePlanOrThrow(request: {
  planId: string;
  confirmedRemovals?: number;
}): Promise<ApplicablePlan> {
  const plan = await loadLatestPlanOrThrow(request.planId);
  const refusal = guardRefusal({
    removals: plan.removals,
    managedUsers: plan.managedUsers,
    settings: plan.guard,
    confirmedRemovals: request.confirmedRemovals,
  });
  if (refusal) throw new ActionError(refusal);
  return plan;
}
