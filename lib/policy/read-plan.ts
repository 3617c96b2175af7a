import "server-only";
import { db } from "@/lib/db";
import { jobKindLabel } from "@/lib/jobs/read-jobs";
import { removalAllowance } from "./apply-guard";
import type { PolicyPlan } from "./plan/plan-policy";
import { getPolicySettings } from "./settings";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** Users a stored document lists, for the guard's share; 0 when it cannot be read. */
function managedUsersIn(content: string): number {
  try {
    const users = (JSON.parse(content) as { users?: unknown }).users;
    return Array.isArray(users) ? users.length : 0;
  } catch {
    return 0;
  }
}

/**
 * A stored plan with what its page needs: the version it was made of and whether that is still
 * the current one, how many removals the guard allows without confirmation, and the apply runs
 * started from it.
 */
export async function getPlanForReview(planId: string) {
  const row = await db.policyPlan.findFirst({ where: { id: planId, homeserverId: HOMESERVER_ID } });
  if (!row) return null;
  const [version, latest, settings, runs] = await Promise.all([
    db.policyVersion.findUnique({ where: { id: row.versionId } }),
    db.policyVersion.findFirst({
      where: { homeserverId: HOMESERVER_ID },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    }),
    getPolicySettings(),
    db.jobRun.findMany({
      where: { kind: "policy_apply", params: { path: ["planId"], equals: planId } },
      orderBy: { queuedAt: "desc" },
      take: 10,
    }),
  ]);
  return {
    id: row.id,
    plan: row.plan as PolicyPlan,
    removals: row.removals,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    reconcileRunId: row.runId,
    version: version ? { id: version.id, number: version.number } : null,
    latestVersion: latest,
    allowedRemovals: removalAllowance(settings, version ? managedUsersIn(version.content) : 0),
    // As the jobs pages list runs.
    applyRuns: runs.map((run) => ({
      ...run,
      kindLabel: jobKindLabel(run.kind),
      definitionName: null,
    })),
  };
}

export type PlanForReview = NonNullable<Awaited<ReturnType<typeof getPlanForReview>>>;
