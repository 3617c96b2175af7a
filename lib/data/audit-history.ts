import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HISTORY_PAGE_SIZE, type HistoryFilter } from "@/lib/schemas/history-filter";

/** An audit entry with its outcome, as the History area shows it. */
export type HistoryRow = {
  id: string;
  requestId: string;
  at: Date;
  actorId: string;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  input: unknown;
  jobRunId: string | null;
  /** "pending": no outcome yet; "unknown": the process stopped before recording it. */
  outcome: "success" | "failure" | "unknown" | "pending";
  outcomeAt: Date | null;
  errorCode: string | null;
  errorMessage: string | null;
  result: unknown;
  /** From → to, as lib/audit/changes.ts recorded them; null for actions that record none. */
  changes: Array<{ field: string; from: unknown; to: unknown }> | null;
};

/** LIKE's wildcards taken literally, so "user_" looks for an underscore. */
const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The SQL condition for a filter over `e` (audit_entry) and `o` (its outcome, left-joined). Each
 * part has an index to use (migration audit_chain): actor, action prefix, target and job run
 * with the entry ID for newest-first paging; the time range on `at`.
 */
export function historyWhere(filter: Omit<Partial<HistoryFilter>, "before">): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.actor) parts.push(Prisma.sql`e.actor_id = ${filter.actor}`);
  if (filter.action) parts.push(Prisma.sql`e.action LIKE ${`${likeLiteral(filter.action)}%`}`);
  if (filter.targetType) parts.push(Prisma.sql`e.target_type = ${filter.targetType}`);
  if (filter.target) parts.push(Prisma.sql`e.target_id = ${filter.target}`);
  if (filter.run) parts.push(Prisma.sql`e.job_run_id = ${filter.run}::uuid`);
  if (filter.request) parts.push(Prisma.sql`e.request_id = ${filter.request}::uuid`);
  if (filter.from) parts.push(Prisma.sql`e.at >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`e.at < ${filter.to}`);
  if (filter.q) parts.push(Prisma.sql`e.input::text ILIKE ${`%${likeLiteral(filter.q)}%`}`);
  if (filter.outcome === "pending") parts.push(Prisma.sql`o.id IS NULL`);
  else if (filter.outcome) parts.push(Prisma.sql`o.outcome = ${filter.outcome}::audit_result`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

type RawHistoryRow = {
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
  outcome: HistoryRow["outcome"] | null;
  outcome_at: Date | null;
  error_code: string | null;
  error_message: string | null;
  result: unknown;
  changes: HistoryRow["changes"];
};

export const HISTORY_COLUMNS = Prisma.sql`
  e.id, e.request_id::text AS request_id, e.at, e.actor_id, e.actor_role, e.action, e.target_type,
  e.target_id, e.input, e.job_run_id::text AS job_run_id, o.outcome::text AS outcome,
  o.at AS outcome_at, o.error_code, o.error_message, o.result, o.changes`;

function toHistoryRow(row: RawHistoryRow): HistoryRow {
  return {
    id: row.id.toString(),
    requestId: row.request_id,
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    input: row.input,
    jobRunId: row.job_run_id,
    outcome: row.outcome ?? "pending",
    outcomeAt: row.outcome_at,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    result: row.result,
    changes: row.changes,
  };
}

/**
 * One page of the History, newest first, paged by entry ID (keyset: no OFFSET, so page 2,000
 * costs what page 1 does). `nextBefore` is the cursor of the page after, null on the last.
 */
export async function findHistoryPage(
  filter: Partial<HistoryFilter>,
  limit: number = HISTORY_PAGE_SIZE,
): Promise<{ rows: HistoryRow[]; nextBefore: string | null }> {
  const before = filter.before ? Prisma.sql`AND e.id < ${BigInt(filter.before)}` : Prisma.empty;
  const raw = await db.$queryRaw<RawHistoryRow[]>`
    SELECT ${HISTORY_COLUMNS}
    FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
    WHERE ${historyWhere(filter)} ${before}
    ORDER BY e.id DESC
    LIMIT ${limit + 1}`;
  const rows = raw.slice(0, limit).map(toHistoryRow);
  return { rows, nextBefore: raw.length > limit ? (rows.at(-1)?.id ?? null) : null };
}

/** Entry IDs are PostgreSQL bigints: a longer or larger number names no entry. */
const isEntryId = (id: string) => /^\d{1,19}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n;

/** One entry with its outcome, or null (also for an ID that cannot be one, as a URL may hold). */
export async function findHistoryEntry(id: string): Promise<HistoryRow | null> {
  if (!isEntryId(id)) return null;
  const [row] = await db.$queryRaw<RawHistoryRow[]>`
    SELECT ${HISTORY_COLUMNS}
    FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
    WHERE e.id = ${BigInt(id)}`;
  return row ? toHistoryRow(row) : null;
}
