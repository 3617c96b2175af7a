import { countOf } from "@/lib/format/count";
import { contentHash, linkHash } from "../chain";
import {
  entryContentOf,
  exportRowSchema,
  outcomeContentOf,
  type ChainFields,
  type ExportRow,
} from "./export-row";
import { linkKey, type ExportLink, type FindLogLinks } from "./log-links";

export type ExportProblem = {
  /** The row's line in the file, from 1. */
  row: number;
  entryId: string | null;
  reason: string;
};

export type ExportReport = {
  rows: number;
  /** Links (entries and outcomes) whose hashes were recomputed from their fields. */
  links: number;
  /** Pairs of links next to each other in the chain, both in the file, whose hashes agree. */
  consecutive: number;
  /** Rows whose entry was written before the chain began: no hashes to check. */
  beforeChain: number;
  /** Links found in the audit log with the same hash; null when the log was not consulted. */
  inLog: number | null;
  problem: ExportProblem | null;
};

/** A link read from the file, kept until both its neighbours in the chain can have been seen. */
type FileLink = ExportLink & { row: number; entryId: string; prevHash: Buffer; hash: Buffer };

const LOOKUP_BATCH = 1_000;

class Broken extends Error {
  constructor(readonly problem: ExportProblem) {
    super(problem.reason);
  }
}

const bytes = (hex: string) => Buffer.from(hex, "hex");

function parseRow(line: string, row: number): ExportRow {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Broken({ row, entryId: null, reason: "it is not JSON" });
  }
  const parsed = exportRowSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  const entryId =
    typeof (value as { id?: unknown })?.id === "string" ? (value as { id: string }).id : null;
  throw new Broken({
    row,
    entryId,
    reason: `it is not a row of a History export (${where}${issue?.message ?? "unknown shape"})`,
  });
}

/** The row's links with their hashes recomputed from its fields; throws at the first that fails. */
function linksOf(parsed: ExportRow, row: number): FileLink[] {
  const links: FileLink[] = [];
  const check = (kind: ExportLink["kind"], chain: ChainFields, content: Buffer) => {
    const refuse = (reason: string) => new Broken({ row, entryId: parsed.id, reason });
    if (!content.equals(bytes(chain.contentHash))) {
      throw refuse(`its ${kind}'s fields do not give its content hash (a field was changed)`);
    }
    const [prevHash, hash] = [bytes(chain.prevHash), bytes(chain.hash)];
    if (!hash.equals(linkHash(prevHash, content))) {
      throw refuse(`its ${kind}'s hash is not SHA-256 of its prev hash and content hash`);
    }
    links.push({ kind, seq: chain.seq, row, entryId: parsed.id, prevHash, hash });
  };
  if (parsed.chain) check("entry", parsed.chain, contentHash(entryContentOf(parsed)));
  const outcome = outcomeContentOf(parsed);
  if (outcome && parsed.outcome?.chain)
    check("outcome", parsed.outcome.chain, contentHash(outcome));
  const [entry, after] = links;
  if (entry?.kind === "entry" && after && BigInt(after.seq) <= BigInt(entry.seq)) {
    throw new Broken({
      row,
      entryId: parsed.id,
      reason: "its outcome's link comes before its entry's",
    });
  }
  return links;
}

/**
 * Checks a History export (NDJSON, as /api/v1/history/export writes it) in one pass, holding only
 * the links whose neighbours may still come: every link's content hash recomputes from its fields
 * and its hash is SHA-256(prev hash || content hash); two links next to each other in the chain
 * agree (the later one's prev hash is the earlier one's hash); and, given `findLogLinks`, every
 * link is still in the audit log with the same hash. Stops at the first row that does not hold.
 *
 * One pass is enough because the export is in chain order: once a row's entry is link E, every
 * link before E in the file has been read (an outcome always follows its own entry).
 */
export async function verifyExport(
  lines: AsyncIterable<string> | Iterable<string>,
  findLogLinks?: FindLogLinks,
): Promise<ExportReport> {
  const report: ExportReport = {
    rows: 0,
    links: 0,
    consecutive: 0,
    beforeChain: 0,
    inLog: findLogLinks ? 0 : null,
    problem: null,
  };
  const open = new Map<bigint, FileLink>();
  let lastEntrySeq = 0n;
  let unlooked: FileLink[] = [];

  const lookUp = async () => {
    if (!findLogLinks || unlooked.length === 0) return;
    const batch = unlooked;
    unlooked = [];
    const inLog = await findLogLinks(batch);
    for (const link of batch) {
      const logged = inLog.get(linkKey(link));
      const at = `its ${link.kind} (link ${link.seq})`;
      const refuse = (reason: string) =>
        new Broken({ row: link.row, entryId: link.entryId, reason });
      if (!logged) throw refuse(`${at} is no longer in the audit log`);
      if (logged.entryId !== link.entryId) {
        throw refuse(`${at} belongs to audit entry ${logged.entryId} in the audit log`);
      }
      if (!logged.hash.equals(link.hash)) {
        throw refuse(`${at} has another hash in the audit log (the log or the file was changed)`);
      }
      report.inLog = (report.inLog ?? 0) + 1;
    }
  };

  const join = (link: FileLink) => {
    const seq = BigInt(link.seq);
    if (open.has(seq)) {
      throw new Broken({
        row: link.row,
        entryId: link.entryId,
        reason: `link ${seq} is in the file twice`,
      });
    }
    const before = open.get(seq - 1n);
    if (before && !link.prevHash.equals(before.hash)) {
      throw new Broken({
        row: link.row,
        entryId: link.entryId,
        reason: `its ${link.kind}'s prev hash is not the hash of link ${seq - 1n} (row ${before.row})`,
      });
    }
    const after = open.get(seq + 1n);
    if (after && !after.prevHash.equals(link.hash)) {
      throw new Broken({
        row: after.row,
        entryId: after.entryId,
        reason: `its ${after.kind}'s prev hash is not the hash of link ${seq} (row ${link.row})`,
      });
    }
    report.consecutive += (before ? 1 : 0) + (after ? 1 : 0);
    open.set(seq, link);
  };

  const verifyRow = async (line: string, row: number) => {
    const parsed = parseRow(line, row);
    const links = linksOf(parsed, row);
    if (!parsed.chain) report.beforeChain += 1;
    const entrySeq = parsed.chain ? BigInt(parsed.chain.seq) : null;
    if (entrySeq !== null) {
      if (entrySeq <= lastEntrySeq) {
        throw new Broken({
          row,
          entryId: parsed.id,
          reason: `it is out of chain order (link ${entrySeq} after link ${lastEntrySeq})`,
        });
      }
      lastEntrySeq = entrySeq;
    }
    for (const link of links) join(link);
    // Every link before this entry's has been read, and with it both neighbours of those.
    for (const seq of open.keys()) if (entrySeq !== null && seq < entrySeq) open.delete(seq);
    report.rows += 1;
    report.links += links.length;
    unlooked.push(...links);
    if (unlooked.length >= LOOKUP_BATCH) await lookUp();
  };

  let row = 0;
  try {
    for await (const line of lines) {
      row += 1;
      if (line.trim() === "") continue;
      try {
        await verifyRow(line, row);
      } catch (error) {
        // A row before this one may be missing from the log: that is the first problem then.
        if (error instanceof Broken) await lookUp();
        throw error;
      }
    }
    await lookUp();
  } catch (error) {
    if (!(error instanceof Broken)) throw error;
    report.problem = error.problem;
  }
  return report;
}

/** The report in words, as `npm run audit:verify -- --export` prints it. */
export function describeExportReport(report: ExportReport): string {
  if (report.problem) {
    const { row, entryId, reason } = report.problem;
    return `Broken at row ${row}${entryId ? ` (audit entry ${entryId})` : ""}: ${reason}.`;
  }
  const before = report.beforeChain
    ? ` ${countOf(report.beforeChain, "row")} ${report.beforeChain === 1 ? "was" : "were"} written before the chain began: no hashes to check.`
    : "";
  const log =
    report.inLog === null
      ? " The audit log was not consulted."
      : ` All ${countOf(report.inLog, "link")} are in the audit log with the same hash.`;
  return (
    `Intact: ${countOf(report.rows, "row")}, ${countOf(report.links, "link")} recomputed from their fields, ` +
    `${countOf(report.consecutive, "pair")} of consecutive links agree.${log}${before}`
  );
}
