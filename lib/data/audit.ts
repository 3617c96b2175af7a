import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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
};

export type AuditOutcomeInput =
  | { outcome: "success"; result?: unknown }
  | { outcome: "failure"; errorCode: string | null; errorMessage: string };

export type AuditRow = {
  id: string;
  at: Date;
  actorId: string;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  input: unknown;
  /** "unknown": the process stopped before it could record one; "pending": not done yet. */
  outcome: "success" | "failure" | "unknown" | "pending";
  errorMessage: string | null;
};

function toJson(value: unknown) {
  return value === null || value === undefined ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
}

export function insertAuditEntry(entry: NewAuditEntry) {
  return db.auditEntry.create({
    data: { ...entry, input: toJson(entry.input) },
    select: { id: true },
  });
}

export async function insertAuditOutcome(entryId: bigint, outcome: AuditOutcomeInput) {
  await db.auditOutcome.create({
    data:
      outcome.outcome === "success"
        ? { entryId, outcome: "success", result: toJson(outcome.result) }
        : {
            entryId,
            outcome: "failure",
            errorCode: outcome.errorCode,
            errorMessage: outcome.errorMessage,
          },
  });
}

type Filter = { targetType?: string; targetId?: string; actorId?: string };

/** Newest first; the cursor is the id of the last row of the previous page. */
export async function findAuditEntries(filter: Filter, page: { limit: number; before?: bigint }) {
  const rows = await db.auditEntry.findMany({
    where: { ...filter, ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit,
    include: { outcome: true },
  });
  return rows.map((row): AuditRow => ({
    id: row.id.toString(),
    at: row.at,
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    input: row.input,
    outcome: row.outcome?.outcome ?? "pending",
    errorMessage: row.outcome?.errorMessage ?? null,
  }));
}
