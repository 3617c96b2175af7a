import type PgBoss from "pg-boss";
import { giveUpRun } from "./run-store";
import { staleSeconds } from "./timing";
import type { RunJobData } from "./queue";

type GaveUpJob = Pick<PgBoss.JobWithMetadata<RunJobData>, "data" | "output">;

/** What the queue recorded about the last attempt, in words for the run's page. */
export function lastAttemptProblem(output: unknown): string {
  const message = messageOf(output) ?? messageOf((output as { value?: unknown } | null)?.value);
  if (!message) return "the last attempt ended without saying why";
  // pg-boss's words when a worker held a job past its expiry (it died or hung).
  if (message.startsWith("job failed by timeout"))
    return "its worker stopped responding (it was stopped or crashed)";
  return message;
}

function messageOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : undefined;
}

/**
 * Handles a run's queue job that pg-boss moved to the dead-letter queue: every retry was used,
 * so the run is marked failed with the reason, and can be resumed from its page.
 */
export async function handleGaveUpRun(
  job: GaveUpJob,
  expireSeconds: number,
  log: (line: string) => void,
) {
  // The attempts are on the run's page; the queue job's own retry count would not match them
  // when the run was handed back on shutdown and queued afresh.
  const reason = `The queue gave up on this run. Last attempt: ${lastAttemptProblem(job.output)}. Items already done are kept; resume the run to carry on from them.`;
  if (await giveUpRun(job.data.runId, reason, staleSeconds(expireSeconds))) {
    log(`run ${job.data.runId} marked failed: its queue retries are used up`);
  }
}
