import { randomUUID } from "node:crypto";
import { asStoredJson, contentHash } from "../chain";

type EntryFields = {
  requestId?: string;
  actorId: string;
  actorRole?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  input?: unknown;
  processId?: string | null;
  jobRunId?: string | null;
  at?: Date;
};

type OutcomeFields = {
  outcome: "success" | "failure" | "unknown";
  errorCode?: string | null;
  errorMessage?: string | null;
  result?: unknown;
  changes?: unknown;
  at?: Date;
};

/**
 * An audit entry's columns with the content hash the chain's trigger requires, for tests that
 * write rows themselves (another database, another role, a row from the past).
 */
export function chainedEntry(fields: EntryFields) {
  const row = {
    requestId: fields.requestId ?? randomUUID(),
    actorId: fields.actorId,
    actorRole: fields.actorRole ?? null,
    action: fields.action,
    targetType: fields.targetType ?? null,
    targetId: fields.targetId ?? null,
    input: asStoredJson(fields.input),
    processId: fields.processId ?? null,
    jobRunId: fields.jobRunId ?? null,
    at: fields.at ?? new Date(),
  };
  return { ...row, contentHash: contentHash({ kind: "entry", ...row }) };
}

/** An audit outcome's columns with its content hash, as chainedEntry. */
export function chainedOutcome(entryId: bigint | string, fields: OutcomeFields) {
  const row = {
    outcome: fields.outcome,
    errorCode: fields.errorCode ?? null,
    errorMessage: fields.errorMessage ?? null,
    result: asStoredJson(fields.result),
    changes: asStoredJson(fields.changes),
    at: fields.at ?? new Date(),
  };
  const hash = contentHash({ kind: "outcome", entryId: entryId.toString(), ...row });
  return { ...row, entryId: BigInt(entryId), contentHash: hash };
}

/** chainedEntry as the values of `ENTRY_INSERT`, for raw SQL. */
export function entryInsertValues(fields: EntryFields) {
  const e = chainedEntry(fields);
  return [
    e.requestId,
    e.actorId,
    e.action,
    e.targetType,
    e.targetId,
    e.input === null ? null : JSON.stringify(e.input),
    e.at,
    e.contentHash,
  ];
}

export const ENTRY_INSERT =
  "INSERT INTO audit_entry (request_id, actor_id, action, target_type, target_id, input, at, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";

/** chainedOutcome as the values of `OUTCOME_INSERT`, for raw SQL. */
export function outcomeInsertValues(entryId: bigint | string, fields: OutcomeFields) {
  const o = chainedOutcome(entryId, fields);
  return [o.entryId.toString(), o.outcome, o.errorCode, o.errorMessage, o.at, o.contentHash];
}

export const OUTCOME_INSERT =
  "INSERT INTO audit_outcome (entry_id, outcome, error_code, error_message, at, content_hash) VALUES ($1, $2, $3, $4, $5, $6)";
