import "server-only";
import { countOf } from "@/lib/format/count";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobKind, JobRunStatus } from "@/lib/generated/prisma/enums";
import { jobKindLabel } from "@/lib/jobs/read-jobs";
import { capitalised } from "@/lib/format/list-range";
import {
  DRIFT_FOUND_ACTION,
  JOB_FINISHED_ACTION,
  type ConsoleEvent,
  type EventOutcome,
} from "./console-event";

type RunEndRow = {
  endId: bigint;
  runId: string;
  status: JobRunStatus;
  at: Date;
  kind: JobKind;
  requestedBy: string;
  definitionId: string | null;
  jobName: string | null;
  error: string | null;
  summary: unknown;
};

const OUTCOMES: Partial<Record<JobRunStatus, EventOutcome>> = {
  succeeded: "success",
  failed: "failure",
  cancelled: "cancelled",
};

/**
 * Job run ends not matched yet, oldest first, locked for this transaction (another sender skips
 * them), each as the events it makes: the end, and for a reconcile that found drift, the drift.
 */
export async function readRunEnds(
  tx: Prisma.TransactionClient,
  limit: number,
): Promise<{ endIds: bigint[]; events: ConsoleEvent[] }> {
  const rows = await tx.$queryRaw<RunEndRow[]>`
    SELECT e.id AS "endId", e.run_id::text AS "runId", e.status::text AS status, e.at,
      r.kind::text AS kind, r.requested_by AS "requestedBy",
      r.definition_id::text AS "definitionId", d.name AS "jobName", r.error, r.summary
    FROM job_run_end e
    JOIN job_run r ON r.id = e.run_id
    LEFT JOIN job_definition d ON d.id = r.definition_id
    WHERE e.matched_at IS NULL
    ORDER BY e.id
    LIMIT ${limit}
    FOR UPDATE OF e SKIP LOCKED`;
  return {
    endIds: rows.map((row) => row.endId),
    events: rows.flatMap((row) => [endEvent(row), ...driftEvents(row)]),
  };
}

function baseEvent(row: RunEndRow): Omit<ConsoleEvent, "id" | "action" | "outcome" | "summary"> {
  return {
    actor: row.definitionId ? `job:${row.definitionId}` : `job:${row.runId}`,
    target: { type: "job_run", id: row.runId },
    at: row.at.toISOString(),
    error: row.error,
    jobKind: row.kind,
    runId: row.runId,
    requestId: null,
    detail: null,
  };
}

/** "the job “Nightly reconcile” (Policy reconcile)", or "a Device scan run" without a saved job. */
function runName(row: RunEndRow): string {
  const label = jobKindLabel(row.kind);
  return row.jobName ? `the job “${row.jobName}” (${label})` : `a ${label} run`;
}

function endEvent(row: RunEndRow): ConsoleEvent {
  const outcome = OUTCOMES[row.status] ?? "unknown";
  const name = capitalised(runName(row));
  const summary =
    outcome === "success"
      ? `${name} succeeded.`
      : outcome === "failure"
        ? `${name} failed: ${row.error ?? "no reason was recorded."}`
        : `${name} was cancelled.`;
  return {
    ...baseEvent(row),
    id: `run:${row.endId}`,
    action: JOB_FINISHED_ACTION,
    outcome,
    summary,
    detail: { requestedBy: row.requestedBy, jobId: row.definitionId, jobName: row.jobName },
  };
}

type ReconcileSummary = {
  mode?: string;
  policyVersion?: number;
  planId?: string;
  actionCount?: number;
  removals?: number;
  notApplied?: string | null;
  limitedBy?: string | null;
  driftAfter?: number | null;
};

/** A policy reconcile that planned any action found drift (lib/operations/policy/run-policy-reconcile.ts). */
function driftEvents(row: RunEndRow): ConsoleEvent[] {
  if (row.kind !== "policy_reconcile" || row.status !== "succeeded") return [];
  const found = (row.summary ?? {}) as ReconcileSummary;
  const actions = found.actionCount ?? 0;
  if (actions === 0) return [];
  const version = found.policyVersion ? ` policy version ${found.policyVersion}` : " the policy";
  const removals = found.removals ? ` (${countOf(found.removals, "removal")})` : "";
  let after = "";
  if (found.notApplied) after = ` ${found.notApplied}`;
  else if (typeof found.driftAfter === "number")
    after = ` Applied; ${countOf(found.driftAfter, "action")} of drift left.`;
  if (found.limitedBy) after += ` ${found.limitedBy}`;
  return [
    {
      ...baseEvent(row),
      id: `run:${row.endId}:drift`,
      action: DRIFT_FOUND_ACTION,
      outcome: "success",
      summary: `Policy drift found by ${runName(row)}: Synapse needs ${countOf(actions, "action")}${removals} to match${version}.${after}`,
      detail: {
        mode: found.mode ?? null,
        policyVersion: found.policyVersion ?? null,
        planId: found.planId ?? null,
        actionCount: actions,
        removals: found.removals ?? 0,
        driftAfter: found.driftAfter ?? null,
      },
    },
  ];
}
