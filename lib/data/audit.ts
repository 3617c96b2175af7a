import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { asStoredJson, contentHash } from "@/lib/audit/chain";

export type NewAuditEntry = {
  requestId: string;
  actorId: string;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  input: unknown;
  /** The writing process (lib/audit/process-heartbeat.ts), so a sweep knows when it died. */
  processId: string | null;
  /** The job run doing the work, if a job is. */
  jobRunId: string | null;
};

export type AuditOutcomeInput = { changes?: unknown } & (
  | { outcome: "success"; result?: unknown }
  | { outcome: "failure" | "unknown"; errorCode: string | null; errorMessage: string }
);

function toJson(value: unknown) {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

/** Writes an entry; the database links it into the hash chain (lib/audit/chain.ts). */
export function insertAuditEntry(entry: NewAuditEntry) {
  const at = new Date();
  const input = asStoredJson(entry.input);
  const hash = contentHash({ kind: "entry", ...entry, at, input });
  return db.auditEntry.create({
    data: { ...entry, at, input: toJson(input), contentHash: new Uint8Array(hash) },
    select: { id: true },
  });
}

export async function insertAuditOutcome(entryId: bigint, outcome: AuditOutcomeInput) {
  const at = new Date();
  const row = {
    outcome: outcome.outcome,
    errorCode: outcome.outcome === "success" ? null : outcome.errorCode,
    errorMessage: outcome.outcome === "success" ? null : outcome.errorMessage,
    result: asStoredJson(outcome.outcome === "success" ? outcome.result : null),
    changes: asStoredJson(outcome.changes),
  };
  const hash = contentHash({ kind: "outcome", entryId: entryId.toString(), at, ...row });
  await db.auditOutcome.create({
    data: {
      ...row,
      entryId,
      at,
      result: toJson(row.result),
      changes: toJson(row.changes),
      contentHash: new Uint8Array(hash),
    },
  });
}
