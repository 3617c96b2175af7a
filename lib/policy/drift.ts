import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

export type Drift = { actionCount: number; checkedAt: Date; runId: string; planId: string };

/**
 * The drift the latest reconcile found: the actions its plan (the one made after applying, in
 * apply mode) still needed; null before any reconcile ran. 0 actions means in sync.
 */
export async function latestDrift(): Promise<Drift | null> {
  const plan = await db.policyPlan.findFirst({
    where: { homeserverId: HOMESERVER_ID, runId: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, actionCount: true, createdAt: true, runId: true },
  });
  if (!plan?.runId) return null;
  return {
    actionCount: plan.actionCount,
    checkedAt: plan.createdAt,
    runId: plan.runId,
    planId: plan.id,
  };
}
