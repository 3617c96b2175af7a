import { z } from "zod";
import type { EntryContent, OutcomeContent } from "../chain";

/**
 * One line of a History export: an audit entry, its outcome (null while pending) and the chain
 * fields of both, enough to recompute every hash later (lib/audit/export/verify-export.ts). The
 * NDJSON export writes it as it is; the CSV export flattens it (export-csv.ts).
 */
const hex32 = z.string().regex(/^[0-9a-f]{64}$/, "64 hexadecimal digits (a SHA-256)");
const isoTime = z.iso.datetime({ precision: 3 }).transform((value) => new Date(value));

const chainFieldsSchema = z.strictObject({
  seq: z.string().regex(/^\d{1,19}$/, "a link number"),
  contentHash: hex32,
  prevHash: hex32,
  hash: hex32,
});

const outcomeSchema = z.strictObject({
  outcome: z.enum(["success", "failure", "unknown"]),
  at: isoTime,
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  result: z.json().nullable(),
  changes: z.json().nullable(),
  /** Null for an outcome written before the chain began. */
  chain: chainFieldsSchema.nullable(),
});

export const exportRowSchema = z.strictObject({
  id: z.string().regex(/^\d{1,19}$/, "an entry ID"),
  requestId: z.string(),
  at: isoTime,
  actorId: z.string(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  input: z.json().nullable(),
  processId: z.string().nullable(),
  jobRunId: z.string().nullable(),
  chain: chainFieldsSchema.nullable(),
  outcome: outcomeSchema.nullable(),
});

/** A row as read back from a file: times as Dates. */
export type ExportRow = z.output<typeof exportRowSchema>;
/** A row as written: what JSON.stringify makes of it is what exportRowSchema reads. */
export type ExportRowInput = z.input<typeof exportRowSchema>;
export type ChainFields = z.output<typeof chainFieldsSchema>;

/** The entry's content as the chain hashed it (lib/audit/chain.ts). */
export function entryContentOf(row: ExportRow): EntryContent {
  return {
    kind: "entry",
    requestId: row.requestId,
    at: row.at,
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    input: row.input,
    processId: row.processId,
    jobRunId: row.jobRunId,
  };
}

/** The outcome's content as the chain hashed it; null while the entry has none. */
export function outcomeContentOf(row: ExportRow): OutcomeContent | null {
  if (!row.outcome) return null;
  const { outcome, at, errorCode, errorMessage, result, changes } = row.outcome;
  return {
    kind: "outcome",
    entryId: row.id,
    at,
    outcome,
    errorCode,
    errorMessage,
    result,
    changes,
  };
}
