import { stringify } from "csv-stringify/sync";
import type { ChainFields, ExportRowInput } from "./export-row";

/** The CSV export's columns: the entry, its chain fields, the outcome, the outcome's chain fields. */
export const EXPORT_CSV_COLUMNS = [
  "id",
  "request_id",
  "at",
  "actor_id",
  "actor_role",
  "action",
  "target_type",
  "target_id",
  "input",
  "process_id",
  "job_run_id",
  "entry_seq",
  "entry_content_hash",
  "entry_prev_hash",
  "entry_hash",
  "outcome",
  "outcome_at",
  "error_code",
  "error_message",
  "result",
  "changes",
  "outcome_seq",
  "outcome_content_hash",
  "outcome_prev_hash",
  "outcome_hash",
] as const;

type CsvRecord = Record<(typeof EXPORT_CSV_COLUMNS)[number], string | null>;

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

const chain = (prefix: "entry" | "outcome", fields: ChainFields | null | undefined) => ({
  [`${prefix}_seq`]: fields?.seq ?? null,
  [`${prefix}_content_hash`]: fields?.contentHash ?? null,
  [`${prefix}_prev_hash`]: fields?.prevHash ?? null,
  [`${prefix}_hash`]: fields?.hash ?? null,
});

function toCsvRecord(row: ExportRowInput): CsvRecord {
  const outcome = row.outcome;
  return {
    id: row.id,
    request_id: row.requestId,
    at: String(row.at),
    actor_id: row.actorId,
    actor_role: row.actorRole,
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    input: json(row.input),
    process_id: row.processId,
    job_run_id: row.jobRunId,
    ...chain("entry", row.chain),
    outcome: outcome?.outcome ?? "pending",
    outcome_at: outcome ? String(outcome.at) : null,
    error_code: outcome?.errorCode ?? null,
    error_message: outcome?.errorMessage ?? null,
    result: json(outcome?.result),
    changes: json(outcome?.changes),
    ...chain("outcome", outcome?.chain),
  } as CsvRecord;
}

/**
 * Rows as CSV lines (RFC 4180, JSON values as JSON text), the header first when asked. Cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR: every Matrix user ID)
 * get a leading ', as csv-stringify's escape_formulas does: audit inputs hold text anyone on the
 * homeserver can choose. The NDJSON export keeps every value exactly, for verification.
 */
export function csvLines(rows: ExportRowInput[], withHeader: boolean): string {
  return stringify(rows.map(toCsvRecord), {
    header: withHeader,
    columns: [...EXPORT_CSV_COLUMNS],
    escape_formulas: true,
  });
}
