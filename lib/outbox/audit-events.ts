import "server-only";
import { describeEntry } from "@/lib/audit/describe/describe-entry";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { JobKind } from "@/lib/generated/prisma/enums";
import type { ConsoleEvent } from "./console-event";

type OutcomeRow = {
  seq: bigint;
  entryId: bigint;
  requestId: string;
  actorId: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  input: unknown;
  jobRunId: string | null;
  jobKind: JobKind | null;
  at: Date;
  outcome: "success" | "failure" | "unknown";
  errorMessage: string | null;
  result: unknown;
  changes: Array<{ field: string; from: unknown; to: unknown }> | null;
};

/**
 * The audit outcomes after `afterSeq` in chain order, each with its entry, as events. Chain numbers
 * are given under a lock held until commit (migration audit_chain), so none below the highest
 * visible one can still appear: a cursor on them misses nothing.
 */
export async function readAuditEvents(
  tx: Prisma.TransactionClient,
  afterSeq: bigint,
  limit: number,
): Promise<Array<{ seq: bigint; event: ConsoleEvent }>> {
  const rows = await tx.$queryRaw<OutcomeRow[]>`
    SELECT o.chain_seq AS seq, e.id AS "entryId", e.request_id::text AS "requestId",
      e.actor_id AS "actorId", e.action, e.target_type AS "targetType", e.target_id AS "targetId",
      e.input, e.job_run_id::text AS "jobRunId", r.kind::text AS "jobKind", o.at,
      o.outcome::text AS outcome, o.error_message AS "errorMessage", o.result, o.changes
    FROM audit_outcome o
    JOIN audit_entry e ON e.id = o.entry_id
    LEFT JOIN job_run r ON r.id = e.job_run_id
    WHERE o.chain_seq > ${afterSeq}
    ORDER BY o.chain_seq
    LIMIT ${limit}`;
  return rows.map((row) => ({ seq: row.seq, event: toEvent(row) }));
}

function toEvent(row: OutcomeRow): ConsoleEvent {
  return {
    id: `audit:${row.entryId}`,
    action: row.action,
    outcome: row.outcome,
    actor: row.actorId,
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    at: row.at.toISOString(),
    summary: summaryOf(row),
    error: row.errorMessage,
    jobKind: row.jobKind,
    runId: row.jobRunId,
    requestId: row.requestId,
    detail: null,
  };
}

/** "@admin:example.org deactivated @bob:example.org." with how it ended when it did not succeed. */
function summaryOf(row: OutcomeRow): string {
  const did = `${row.actorId} ${describeEntry(row)}`;
  if (row.outcome === "success") return `${did}.`;
  if (row.outcome === "failure") {
    return `Failed: ${did}.${row.errorMessage ? ` ${sentence(row.errorMessage)}` : ""}`;
  }
  return `Unknown outcome: ${did}; the console process stopped before it could say how it ended.`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
