import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChainFields, ExportRowInput } from "@/lib/audit/export/export-row";
import type { HistoryFilter } from "@/lib/schemas/history-filter";
import { HISTORY_COLUMNS, historyWhere } from "./audit-history";

/**
 * Where an export has got to. Rows written before the chain began (no chain_seq) come first, by
 * entry ID; then the chain, by its link number, so the verifier can check consecutive links in one
 * pass over the file.
 */
export type ExportCursor = { phase: "before-chain" | "chain"; after: bigint };

export const EXPORT_START: ExportCursor = { phase: "before-chain", after: 0n };

type RawExportRow = {
  id: bigint;
  request_id: string;
  at: Date;
  actor_id: string;
  actor_role: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  input: unknown;
  job_run_id: string | null;
  outcome: "success" | "failure" | "unknown" | null;
  outcome_at: Date | null;
  error_code: string | null;
  error_message: string | null;
  result: unknown;
  changes: unknown;
  process_id: string | null;
  entry_seq: string | null;
  entry_content_hash: Uint8Array | null;
  entry_prev_hash: Uint8Array | null;
  entry_hash: Uint8Array | null;
  outcome_seq: string | null;
  outcome_content_hash: Uint8Array | null;
  outcome_prev_hash: Uint8Array | null;
  outcome_hash: Uint8Array | null;
};

const hex = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString("hex") : "");

function chainFields(
  seq: string | null,
  contentHash: Uint8Array | null,
  prevHash: Uint8Array | null,
  hash: Uint8Array | null,
): ChainFields | null {
  if (seq === null) return null;
  return { seq, contentHash: hex(contentHash), prevHash: hex(prevHash), hash: hex(hash) };
}

function toExportRow(row: RawExportRow): ExportRowInput {
  return {
    id: row.id.toString(),
    requestId: row.request_id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    input: row.input as ExportRowInput["input"],
    processId: row.process_id,
    jobRunId: row.job_run_id,
    chain: chainFields(row.entry_seq, row.entry_content_hash, row.entry_prev_hash, row.entry_hash),
    outcome:
      row.outcome === null || row.outcome_at === null
        ? null
        : {
            outcome: row.outcome,
            at: row.outcome_at.toISOString(),
            errorCode: row.error_code,
            errorMessage: row.error_message,
            result: row.result as ExportRowInput["input"],
            changes: row.changes as ExportRowInput["input"],
            chain: chainFields(
              row.outcome_seq,
              row.outcome_content_hash,
              row.outcome_prev_hash,
              row.outcome_hash,
            ),
          },
  };
}

/**
 * The next `limit` rows of an export of `filter`, from `cursor` on (keyset: each batch costs what
 * the first does), among the entries written before `belowEntryId` (the export's own entry, so it
 * does not list itself). `next` is null after the last row.
 */
export async function findExportBatch(
  filter: HistoryFilter,
  belowEntryId: bigint,
  cursor: ExportCursor,
  limit: number,
): Promise<{ rows: ExportRowInput[]; next: ExportCursor | null }> {
  const chained = cursor.phase === "chain";
  const [place, order] = chained
    ? [Prisma.sql`e.chain_seq > ${cursor.after}`, Prisma.sql`e.chain_seq`]
    : [Prisma.sql`e.chain_seq IS NULL AND e.id > ${cursor.after}`, Prisma.sql`e.id`];
  const raw = await db.$queryRaw<RawExportRow[]>`
    SELECT ${HISTORY_COLUMNS}, e.process_id::text AS process_id,
      e.chain_seq::text AS entry_seq, e.content_hash AS entry_content_hash,
      e.prev_hash AS entry_prev_hash, e.hash AS entry_hash,
      o.chain_seq::text AS outcome_seq, o.content_hash AS outcome_content_hash,
      o.prev_hash AS outcome_prev_hash, o.hash AS outcome_hash
    FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
    WHERE ${historyWhere(filter)} AND e.id < ${belowEntryId} AND ${place}
    ORDER BY ${order}
    LIMIT ${limit}`;
  const rows = raw.map(toExportRow);
  const last = raw.at(-1);
  if (raw.length < limit || !last) {
    return { rows, next: chained ? null : { phase: "chain", after: 0n } };
  }
  const after = chained && last.entry_seq !== null ? BigInt(last.entry_seq) : last.id;
  return { rows, next: { phase: cursor.phase, after } };
}
