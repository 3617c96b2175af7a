import { setTimeout as delay } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { withinJobRun } from "./job-run-scope";
import { createRunContext } from "./run-context";
import { claimRun, beat, finishRun, getRunState, releaseRun, type ClaimedRun } from "./run-store";
import { getJobKind, type JobKindRegistry } from "./registry";
import { HEARTBEAT_MS, sliceMs, staleSeconds } from "./timing";

export type StopReason = "cancel" | "shutdown" | "slice";

export type ExecuteOptions = {
  kinds: JobKindRegistry;
  /** Aborted when the worker shuts down gracefully. */
  shutdown: AbortSignal;
  isKilled: () => boolean;
  /** Sends a fresh queue job for a run handed back mid-way. */
  requeue: (runId: string) => Promise<void>;
  log: (line: string) => void;
  /** Called once a run of `kind` has ended or been handed back; it may have made new due work. */
  afterRun?: (kind: ClaimedRun["kind"]) => Promise<void>;
};

type QueueJob = Pick<PgBoss.Job<{ runId: string }>, "id" | "data" | "expireInSeconds">;

/** Works one queue job: claims its run, runs the kind, and writes how it ended. */
export async function executeRun(job: QueueJob, options: ExecuteOptions): Promise<void> {
  const started = Date.now();
  const budget = sliceMs(job.expireInSeconds);
  const run = await claimWhenFree(job, started + budget, options);
  if (!run) return;

  const controller = new AbortController();
  const stop = (reason: StopReason) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onShutdown = () => stop("shutdown");
  options.shutdown.addEventListener("abort", onShutdown);
  if (options.shutdown.aborted) stop("shutdown");
  const slice = setTimeout(() => stop("slice"), Math.max(0, budget - (Date.now() - started)));
  const heartbeat = setInterval(() => {
    if (options.isKilled()) return;
    beat(run.id)
      .then(({ cancelRequested }) => cancelRequested && stop("cancel"))
      .catch((error: unknown) =>
        options.log(`heartbeat of run ${run.id} failed: ${String(error)}`),
      );
  }, HEARTBEAT_MS);

  try {
    const outcome = await runKind(run, controller.signal, options);
    if (options.isKilled()) return;
    await settle(run, outcome, controller.signal, options);
    await options.afterRun?.(run.kind);
  } finally {
    clearTimeout(slice);
    clearInterval(heartbeat);
    options.shutdown.removeEventListener("abort", onShutdown);
  }
}

type Outcome = { ok: true; summary: Record<string, unknown> } | { ok: false; error: string };

async function runKind(
  run: ClaimedRun,
  signal: AbortSignal,
  options: ExecuteOptions,
): Promise<Outcome> {
  const kind = getJobKind(run.kind, options.kinds);
  if (!kind) return { ok: false, error: `This console has no code for job kind ${run.kind}.` };
  const params = kind.params.safeParse(run.params);
  if (!params.success) {
    return { ok: false, error: `The parameters are not valid: ${params.error.message}` };
  }
  const context = createRunContext({
    runId: run.id,
    definitionId: run.definitionId,
    requestedBy: run.requestedBy,
    signal,
    isKilled: options.isKilled,
  });
  try {
    const summary = await withinJobRun(run.id, () => kind.run(params.data, context));
    return { ok: true, summary };
  } catch (error) {
    options.log(`run ${run.id} (${run.kind}) failed: ${String(error)}`);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Writes the end. An aborted run is judged by why it was aborted, not by what the kind returned:
 * a kind that stops between items returns normally, and its summary then covers part of the work.
 */
async function settle(
  run: ClaimedRun,
  outcome: Outcome,
  signal: AbortSignal,
  options: ExecuteOptions,
) {
  const reason = signal.aborted ? (signal.reason as StopReason) : null;
  if (reason === "cancel") {
    return finishRun(run.id, { status: "cancelled", summary: outcome.ok ? outcome.summary : null });
  }
  if (reason === "shutdown" || reason === "slice") {
    await releaseRun(run.id);
    await options.requeue(run.id);
    options.log(`run ${run.id} handed back to the queue (${reason}); it resumes from its items`);
    return;
  }
  if (outcome.ok) return finishRun(run.id, { status: "succeeded", summary: outcome.summary });
  return finishRun(run.id, { status: "failed", error: outcome.error });
}

/**
 * Claims the run, waiting while a worker that may still be alive holds it (its heartbeat is not
 * stale yet), until the run finishes or `deadline` passes. Null when there is nothing to do.
 */
async function claimWhenFree(
  job: QueueJob,
  deadline: number,
  options: ExecuteOptions,
): Promise<ClaimedRun | null> {
  const stale = staleSeconds(job.expireInSeconds);
  for (;;) {
    const run = await claimRun(job.data.runId, job.id, stale);
    if (run) return run;
    const state = await getRunState(job.data.runId);
    if (!state || state.status !== "running") return null;
    if (Date.now() + HEARTBEAT_MS > deadline || options.shutdown.aborted) {
      // Failing the queue job makes pg-boss retry it, by when the other worker is done or dead.
      throw new Error(`run ${job.data.runId} is held by another worker`);
    }
    await delay(HEARTBEAT_MS);
  }
}
