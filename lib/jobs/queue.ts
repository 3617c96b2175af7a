import type PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";

/** The pg-boss schema, beside ours in the same database. */
export const BOSS_SCHEMA = "pgboss";
/** Every run of every kind goes through this one queue; a job's data is `{ runId }`. */
export const RUN_QUEUE = "console-run";
/**
 * Where pg-boss puts a run's queue job once its retries are used up (its workers kept dying or
 * failing); the engine marks that run failed, so it does not say "running" forever.
 */
export const RUN_GAVE_UP_QUEUE = "console-run-gave-up";
/** Fired once a minute across all instances; enqueues the scheduled runs that are due. */
export const TICK_QUEUE = "console-tick";

export type RunJobData = { runId: string };

/**
 * Options of a run's queue job. The expiry is what makes a dead worker's run come back: pg-boss
 * moves an active job past its expiry to retry, and the next worker resumes the run.
 */
export function runJobOptions(): PgBoss.SendOptions {
  const env = getEnv();
  return {
    expireInSeconds: env.JOB_EXPIRE_SECONDS,
    retryLimit: env.JOB_RETRY_LIMIT,
    retryDelay: 1,
    deadLetter: RUN_GAVE_UP_QUEUE,
    // Finished queue jobs are kept a day for debugging; our run rows are the history.
    retentionHours: 24,
  };
}

/** Creates the queues (idempotent, pg-boss 10 needs them before send or work). */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  // The dead-letter queue first: jobs sent to the run queue refer to it.
  for (const name of [RUN_GAVE_UP_QUEUE, RUN_QUEUE, TICK_QUEUE]) {
    if (await boss.getQueue(name)) continue;
    // Two instances starting together may both try; the loser's error is fine once the queue exists.
    await boss.createQueue(name, { name, policy: "standard" }).catch(async (error: unknown) => {
      if (!(await boss.getQueue(name))) throw error;
    });
  }
}
