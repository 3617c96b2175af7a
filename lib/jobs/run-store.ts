// The engine's writes to a run row. Times come from the database's clock (now()), so workers on
// machines with drifting clocks still agree on whose heartbeat is stale.
import { db } from "@/lib/db";
import type { JobRun } from "@/lib/generated/prisma/client";

export type ClaimedRun = Pick<
  JobRun,
  "id" | "definitionId" | "kind" | "params" | "requestedBy" | "attempts"
>;

/**
 * Takes the run for this worker when it is queued, or running under a worker whose heartbeat
 * stopped `staleSeconds` ago (that worker died). Null when it is finished or someone alive has it.
 */
export async function claimRun(
  runId: string,
  queueJobId: string,
  staleSeconds: number,
): Promise<ClaimedRun | null> {
  const rows = await db.$queryRaw<ClaimedRun[]>`
    UPDATE job_run
    SET status = 'running', attempts = attempts + 1, heartbeat_at = now(), waiting_for = NULL,
        started_at = COALESCE(started_at, now()), queue_job_id = ${queueJobId}
    WHERE id = ${runId}::uuid
      AND (status = 'queued'
        OR (status = 'running' AND (heartbeat_at IS NULL
          OR heartbeat_at < now() - make_interval(secs => ${staleSeconds}))))
    RETURNING id, definition_id AS "definitionId", kind::text AS kind, params,
      requested_by AS "requestedBy", attempts`;
  return rows[0] ?? null;
}

/** Where the run stands, for a worker that could not claim it. */
export async function getRunState(runId: string) {
  return db.jobRun.findUnique({ where: { id: runId }, select: { status: true } });
}

/** Says this worker is alive and reports whether someone asked to cancel. */
export async function beat(runId: string): Promise<{ cancelRequested: boolean }> {
  const rows = await db.$queryRaw<Array<{ cancelRequested: boolean }>>`
    UPDATE job_run SET heartbeat_at = now() WHERE id = ${runId}::uuid
    RETURNING cancel_requested AS "cancelRequested"`;
  return rows[0] ?? { cancelRequested: true };
}

export type RunEnd =
  | { status: "succeeded"; summary: Record<string, unknown> }
  | { status: "cancelled"; summary: Record<string, unknown> | null }
  | { status: "failed"; error: string };

export async function finishRun(runId: string, end: RunEnd): Promise<void> {
  await db.$executeRaw`
    UPDATE job_run
    SET status = ${end.status}::job_run_status, finished_at = now(), heartbeat_at = now(),
        waiting_for = NULL,
        summary = ${toJson("summary" in end ? end.summary : null)}::jsonb,
        error = ${"error" in end ? end.error : null}
    WHERE id = ${runId}::uuid`;
}

/** Hands the run back to the queue (shutdown or a used-up time slice); it resumes from its items. */
export async function releaseRun(runId: string): Promise<void> {
  await db.jobRun.update({
    where: { id: runId },
    data: { status: "queued", heartbeatAt: null, waitingFor: null },
  });
}

export async function setRunQueueJob(runId: string, queueJobId: string): Promise<void> {
  await db.jobRun.update({ where: { id: runId }, data: { queueJobId } });
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Marks a run failed once the queue gave up on it (its retries are used up), unless it already
 * ended or a worker with a fresh heartbeat still holds it. True when the run was marked.
 */
export async function giveUpRun(runId: string, error: string, staleSeconds: number) {
  const marked = await db.$executeRaw`
    UPDATE job_run
    SET status = 'failed', finished_at = now(), error = ${error}, waiting_for = NULL
    WHERE id = ${runId}::uuid
      AND (status = 'queued'
        OR (status = 'running' AND (heartbeat_at IS NULL
          OR heartbeat_at < now() - make_interval(secs => ${staleSeconds}))))`;
  return marked === 1;
}
