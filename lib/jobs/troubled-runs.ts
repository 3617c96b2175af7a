import "server-only";
import { db } from "@/lib/db";

/** How far back a failed run still counts: a week covers a weekly job's last run. */
export const FAILED_RUN_DAYS = 7;
/** A queued run no worker has picked up after this long is waiting for one. */
export const QUEUED_TOO_LONG_MS = 5 * 60_000;

export type TroubledRuns = {
  /** Failed in the last FAILED_RUN_DAYS and not followed by a later run of the same job. */
  failed: number;
  /** Live runs waiting for Synapse (down, rate limiting), or queued with no worker taking them. */
  waiting: number;
};

/**
 * Runs that need a look, counted: a failure stops counting once its job ran again (or the run was
 * resumed, which makes it live again), so a nightly job that failed once and then worked is
 * quiet. Both counts read the status index, not the whole table.
 */
export async function countTroubledRuns(now: Date = new Date()): Promise<TroubledRuns> {
  const failedSince = new Date(now.getTime() - FAILED_RUN_DAYS * 86_400_000);
  const queuedBefore = new Date(now.getTime() - QUEUED_TOO_LONG_MS);
  const [row] = await db.$queryRaw<Array<{ failed: bigint; waiting: bigint }>>`
    SELECT
      (SELECT count(*) FROM job_run r
        WHERE r.status = 'failed' AND r.finished_at >= ${failedSince}
          AND NOT EXISTS (
            SELECT 1 FROM job_run later
             WHERE r.definition_id IS NOT NULL
               AND later.definition_id = r.definition_id
               AND later.queued_at > r.queued_at)) AS failed,
      (SELECT count(*) FROM job_run
        WHERE status IN ('queued', 'running')
          AND (waiting_for IS NOT NULL OR (status = 'queued' AND queued_at < ${queuedBefore}))
      ) AS waiting`;
  return { failed: Number(row?.failed ?? 0), waiting: Number(row?.waiting ?? 0) };
}
