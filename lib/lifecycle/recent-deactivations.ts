import "server-only";
import { db } from "@/lib/db";

/** How long lifecycle deactivations add up against the removal guard. */
export const GUARD_WINDOW_MINUTES = 60;

/**
 * Accounts lifecycle runs deactivated in the guard's window: a burst of revocations that comes
 * one event at a time is applied in many small rounds, so each round alone would pass the guard.
 */
export async function recentLifecycleDeactivations(now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - GUARD_WINDOW_MINUTES * 60_000);
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count
    FROM job_run_item item JOIN job_run run ON run.id = item.run_id
    WHERE run.kind = 'lifecycle_apply' AND item.ok
      AND item.key LIKE '% user.deactivate:%' AND item.at >= ${since}`;
  return Number(row?.count ?? 0);
}
