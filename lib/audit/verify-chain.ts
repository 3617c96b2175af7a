import pg from "pg";
import type { ChainReport } from "./chain-report";
import { contentHash, GENESIS_HASH, linkHash } from "./chain";

/** A link of the chain as read back from the database. */
type StoredLink = {
  seq: bigint;
  kind: "entry" | "outcome";
  /** The audit entry's ID (an outcome's entry), for people to find it. */
  entryId: string;
  recomputed: Buffer;
  contentHash: Buffer;
  prevHash: Buffer;
  hash: Buffer;
};

export { describeChainReport, type ChainProblem, type ChainReport } from "./chain-report";

/** Links read and checked per query pair; the "Verify the log" run records one item per batch. */
export const CHAIN_BATCH = 5_000;

/** `at` as the ISO text toISOString writes, so a million rows are not parsed into Dates and back. */
const ISO_AT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`;

const ENTRY_LINKS = `
  SELECT chain_seq::text AS seq, id::text AS entry_id, request_id, ${ISO_AT}, actor_id, actor_role, action,
         target_type, target_id, input, process_id, job_run_id, content_hash, prev_hash, hash
  FROM audit_entry WHERE chain_seq > $1 AND chain_seq <= $2 ORDER BY chain_seq`;

const OUTCOME_LINKS = `
  SELECT chain_seq::text AS seq, entry_id::text AS entry_id, ${ISO_AT}, outcome::text AS outcome,
         error_code, error_message, result, changes, content_hash, prev_hash, hash
  FROM audit_outcome WHERE chain_seq > $1 AND chain_seq <= $2 ORDER BY chain_seq`;

type Row = Record<string, unknown> & {
  seq: string;
  entry_id: string;
  at: string;
  content_hash: Buffer;
  prev_hash: Buffer;
  hash: Buffer;
};

function entryLink(row: Row): StoredLink {
  const recomputed = contentHash({
    kind: "entry",
    requestId: row.request_id as string,
    at: row.at,
    actorId: row.actor_id as string,
    actorRole: row.actor_role as string | null,
    action: row.action as string,
    targetType: row.target_type as string | null,
    targetId: row.target_id as string | null,
    input: row.input,
    processId: row.process_id as string | null,
    jobRunId: row.job_run_id as string | null,
  });
  return stored(row, "entry", recomputed);
}

function outcomeLink(row: Row): StoredLink {
  const recomputed = contentHash({
    kind: "outcome",
    entryId: row.entry_id,
    at: row.at,
    outcome: row.outcome as string,
    errorCode: row.error_code as string | null,
    errorMessage: row.error_message as string | null,
    result: row.result,
    changes: row.changes,
  });
  return stored(row, "outcome", recomputed);
}

function stored(row: Row, kind: StoredLink["kind"], recomputed: Buffer): StoredLink {
  return {
    seq: BigInt(row.seq),
    kind,
    entryId: row.entry_id,
    recomputed,
    contentHash: row.content_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** What is wrong with `link` given the link before it, or null when it holds. */
function checkLink(link: StoredLink, expectedSeq: bigint, previousHash: Buffer): string | null {
  if (link.seq !== expectedSeq) {
    return `links ${expectedSeq} to ${link.seq - 1n} are missing (removed from the log)`;
  }
  if (!link.prevHash?.equals(previousHash)) {
    return "it does not point at the link before it (a link was removed, added or rewritten)";
  }
  if (!link.contentHash?.equals(link.recomputed)) {
    return "its content is not what was written (changed after it was recorded)";
  }
  if (!link.hash?.equals(linkHash(link.prevHash, link.contentHash))) {
    return "its chain hash does not match its content and the link before it";
  }
  return null;
}

async function count(client: pg.ClientBase, sql: string): Promise<bigint> {
  const result = await client.query<{ n: string | null }>(sql);
  return BigInt(result.rows[0]?.n ?? 0);
}

/**
 * Walks the whole chain in order, a batch of links at a time (constant memory), recomputing every
 * content hash and link; stops at the first link that does not hold. `onProgress` hears the number
 * of links checked so far and the total.
 */
export async function verifyAuditChain(
  client: pg.ClientBase,
  onProgress?: (checked: number, total: number) => void | Promise<void>,
): Promise<ChainReport> {
  const last = await count(
    client,
    `SELECT greatest((SELECT max(chain_seq) FROM audit_entry), (SELECT max(chain_seq) FROM audit_outcome))::text AS n`,
  );
  const beforeChain = await count(
    client,
    `SELECT ((SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL) + (SELECT count(*) FROM audit_outcome WHERE chain_seq IS NULL))::text AS n`,
  );
  const report: ChainReport = {
    links: 0,
    entries: 0,
    outcomes: 0,
    beforeChain: Number(beforeChain),
    headHash: null,
    problem: null,
  };
  let previousHash: Buffer = GENESIS_HASH;
  for (let after = 0n; after < last; after += BigInt(CHAIN_BATCH)) {
    const range = [after.toString(), (after + BigInt(CHAIN_BATCH)).toString()];
    const [entries, outcomes] = [
      await client.query<Row>(ENTRY_LINKS, range),
      await client.query<Row>(OUTCOME_LINKS, range),
    ];
    const links = [...entries.rows.map(entryLink), ...outcomes.rows.map(outcomeLink)].sort(
      (a, b) => (a.seq < b.seq ? -1 : 1),
    );
    let expected = after + 1n;
    for (const link of links) {
      const reason = checkLink(link, expected, previousHash);
      if (reason) {
        report.problem = {
          seq: link.seq.toString(),
          kind: link.kind,
          entryId: link.entryId,
          reason,
        };
        return report;
      }
      report.links += 1;
      report[link.kind === "entry" ? "entries" : "outcomes"] += 1;
      previousHash = link.hash;
      expected = link.seq + 1n;
    }
    const batchEnd = after + BigInt(CHAIN_BATCH) < last ? after + BigInt(CHAIN_BATCH) : last;
    if (expected <= batchEnd) {
      report.problem = {
        seq: expected.toString(),
        kind: "entry",
        entryId: null,
        reason: `links ${expected} to ${batchEnd} are missing (removed from the log)`,
      };
      return report;
    }
    await onProgress?.(report.links, Number(last));
  }
  report.headHash = report.links ? previousHash.toString("hex") : null;
  return report;
}
