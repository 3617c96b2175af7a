import { randomUUID } from "node:crypto";
import { insertAuditEntry, insertAuditOutcome } from "@/lib/data/audit";
import { currentJobRunId } from "@/lib/jobs/job-run-scope";
import { withinAuditScope } from "./audit-scope";
import type { Change } from "./changes";
import { auditProcessId } from "./process-heartbeat";
import { isSecretKey, REDACTED, redactSecrets } from "./redact";
import type { Role } from "@/lib/auth/roles";

export type Actor = { id: string; role?: Role | null };

export type AuditTarget = { type: "user" | "room" | "homeserver" | "console"; id: string };

export type AuditRequest = {
  actor: Actor;
  action: string;
  target?: AuditTarget;
  input?: unknown;
  requestId?: string;
};

export class AuditWriteError extends Error {
  override name = "AuditWriteError";
}

/**
 * Writes the audit entry, then does the work inside its scope, then writes the outcome.
 * When the entry cannot be written the work never starts, so no change goes unrecorded.
 */
export async function runAudited<T>(request: AuditRequest, work: () => Promise<T>): Promise<T> {
  const entry = await insertAuditEntry({
    requestId: request.requestId ?? randomUUID(),
    actorId: request.actor.id,
    actorRole: request.actor.role ?? null,
    action: request.action,
    targetType: request.target?.type ?? null,
    targetId: request.target?.id ?? null,
    input: redactSecrets(request.input ?? null),
    processId: await auditProcessId(),
    jobRunId: currentJobRunId(),
  }).catch((cause: unknown) => {
    throw new AuditWriteError("The audit log could not be written, so nothing was changed.", {
      cause,
    });
  });

  const scope = { entryId: entry.id, action: request.action, changes: [] as Change[] };
  try {
    const result = await withinAuditScope(scope, work);
    // What the change produced (such as a new room's ID), with secrets redacted like the input.
    await recordOutcome(entry.id, {
      outcome: "success",
      result: redactSecrets(result ?? null),
      changes: changesOf(scope),
    });
    return result;
  } catch (error) {
    await recordOutcome(entry.id, {
      outcome: "failure",
      ...describeFailure(error),
      changes: changesOf(scope),
    });
    throw error;
  }
}

/**
 * Changes noted by the work, redacted like the input (a field named like a secret keeps neither
 * value); a failed action keeps those it made before failing.
 */
function changesOf(scope: { changes: Change[] }) {
  if (!scope.changes.length) return null;
  return scope.changes.map(({ field, from, to }) =>
    isSecretKey(field.split(".").at(-1) ?? field)
      ? { field, from: REDACTED, to: REDACTED }
      : { field, from: redactSecrets(from), to: redactSecrets(to) },
  );
}

function describeFailure(error: unknown): { errorCode: string | null; errorMessage: string } {
  if (error instanceof Error) {
    const errcode = "errcode" in error && typeof error.errcode === "string" ? error.errcode : null;
    return { errorCode: errcode ?? error.name, errorMessage: error.message };
  }
  return { errorCode: null, errorMessage: String(error) };
}

/** The change has happened by now; a lost outcome must not turn it into a reported failure. */
async function recordOutcome(entryId: bigint, outcome: Parameters<typeof insertAuditOutcome>[1]) {
  try {
    await insertAuditOutcome(entryId, outcome);
  } catch (error) {
    console.error(`[audit] outcome of entry ${entryId} could not be written`, error);
  }
}
