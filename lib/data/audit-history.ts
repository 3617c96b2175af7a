import "server-only";
import { db } from "@/lib/db";
import { seesConnections } from "@/lib/auth/connection-privacy";
import type { Role } from "@/lib/auth/roles";
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

/**
 * A sign-in's entry keeps the address it came from (lib/auth/matrix-sign-in.ts), and addresses are
 * connection facts, which viewers do not see (lib/auth/connection-privacy.ts). So a reader who does
 * not see connections is not given sign-in entries at all: taking the address out would not do,
 * since trying every IPv4 address against the entry's hashes (shown and exported with it) finds it
 * again. Without the entry, its random request ID is missing from any such search.
 */
export const SIGN_IN_ACTION = "console.sign_in";

const readableBy = (readerRole: Role): Prisma.Sql =>
  seesConnections(readerRole) ? Prisma.sql`TRUE` : Prisma.sql`e.action <> ${SIGN_IN_ACTION}`;

/** LIKE's wildcards taken literally, so "user_" looks for an underscore. */
const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The SQL condition for a filter over `e` (audit_entry) and `o` (its outcome, left-joined). Actor,
 * target, job run and time range each have an index ending in `at` (migrations init and
 * audit_chain), so a page newest first reads only its own rows; the action prefix (`^@`, starts
 * with) has an SP-GiST index for the rare ones.
 */
export function historyWhere(
  filter: Omit<Partial<HistoryFilter>, "before">,
  readerRole: Role,
): Prisma.Sql {
  const parts: Prisma.Sql[] = [readableBy(readerRole)];
  if (filter.actor) parts.push(Prisma.sql`e.actor_id = ${filter.actor}`);
  if (filter.action) parts.push(Prisma.sql`e.action ^@ ${filter.action}`);
  if (filter.targetType) parts.push(Prisma.sql`e.target_type = ${filter.targetType}`);
  if (filter.target) parts.push(Prisma.sql`e.target_id = ${filter.target}`);
  if (filter.run) parts.push(Prisma.sql`e.job_run_id = ${filter.run}::uuid`);
  if (filter.request) parts.push(Prisma.sql`e.request_id = ${filter.request}::uuid`);
  if (filter.from) parts.push(Prisma.sql`e.at >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`e.at < ${filter.to}`);
  if (filter.q) parts.push(Prisma.sql`e.input::text ILIKE ${`%${likeLiteral(filter.q)}%`}`);
  if (filter.outcome === "pending") parts.push(Prisma.sql`o.id IS NULL`);
  else if (filter.outcome) parts.push(Prisma.sql`o.outcome = ${filter.outcome}::audit_result`);
  return Prisma.join(parts, " AND ");
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
 * One page of the History as `readerRole` may read it, newest first: by `at`, then by ID for entries of the same millisecond.
 * Keyset paging (no OFFSET, so page 2,000 costs what page 1 does): the cursor is the last entry's
 * ID and the page after starts below its (at, id). `nextBefore` is null on the last page.
 *
 * Ordered by `at`, not by ID alone, so that a time range, alone or with another filter, is one
 * range of an index read backwards from its end (bench:history): ordered by ID, a week six months
 * back had PostgreSQL walk the primary key down through every newer entry (0.7 s on 1,000,000).
 * The page's entries are picked first and joined to their outcomes after, 51 lookups instead of
 * one per candidate when the filter leaves the sort to PostgreSQL.
 */
export async function findHistoryPage(
  readerRole: Role,
  filter: Partial<HistoryFilter>,
  limit: number = HISTORY_PAGE_SIZE,
): Promise<{ rows: HistoryRow[]; nextBefore: string | null }> {
  const before = filter.before
    ? Prisma.sql`AND (e.at, e.id) < (SELECT c.at, c.id FROM audit_entry c WHERE c.id = ${BigInt(filter.before)})`
    : Prisma.empty;
  // The inner join to the outcome is dropped by PostgreSQL unless the outcome filter uses it.
  const raw = await db.$queryRaw<RawHistoryRow[]>`
    WITH page AS (
      SELECT e.id FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
      WHERE ${historyWhere(filter, readerRole)} ${before}
      ORDER BY e.at DESC, e.id DESC
      LIMIT ${limit + 1}
    )
    SELECT ${HISTORY_COLUMNS}
    FROM page JOIN audit_entry e ON e.id = page.id LEFT JOIN audit_outcome o ON o.entry_id = e.id
    ORDER BY e.at DESC, e.id DESC`;
  const rows = raw.slice(0, limit).map(toHistoryRow);
  return { rows, nextBefore: raw.length > limit ? (rows.at(-1)?.id ?? null) : null };
}

/** Entry IDs are PostgreSQL bigints: a longer or larger number names no entry. */
const isEntryId = (id: string) => /^\d{1,19}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n;

/** Where an entry and its outcome sit in the hash chain (migration audit_chain), hashes in hex. */
export type ChainLinks = {
  entry: { seq: string; hash: string } | null;
  outcome: { seq: string; hash: string } | null;
};

type RawChainColumns = {
  e_seq: bigint | null;
  e_hash: string | null;
  o_seq: bigint | null;
  o_hash: string | null;
};

const chainLink = (seq: bigint | null, hash: string | null) =>
  seq != null && hash ? { seq: seq.toString(), hash } : null;

/**
 * One entry with its outcome, or null (also for an ID that cannot be one, as a URL may hold, and
 * for an entry `readerRole` may not read),
 * with where both sit in the hash chain, so a copy of the log (the export carries the same
 * hashes) can be matched against what the console holds. Null links are rows written before the
 * chain existed.
 */
export async function findHistoryEntry(
  readerRole: Role,
  id: string,
): Promise<(HistoryRow & { chain: ChainLinks }) | null> {
  if (!isEntryId(id)) return null;
  const [row] = await db.$queryRaw<Array<RawHistoryRow & RawChainColumns>>`
    SELECT ${HISTORY_COLUMNS},
           e.chain_seq AS e_seq, encode(e.hash, 'hex') AS e_hash,
           o.chain_seq AS o_seq, encode(o.hash, 'hex') AS o_hash
    FROM audit_entry e LEFT JOIN audit_outcome o ON o.entry_id = e.id
    WHERE e.id = ${BigInt(id)} AND ${readableBy(readerRole)}`;
  if (!row) return null;
  return {
    ...toHistoryRow(row),
    chain: { entry: chainLink(row.e_seq, row.e_hash), outcome: chainLink(row.o_seq, row.o_hash) },
  };
}
