import { describe, expect, it } from "vitest";
import { GENESIS_HASH, linkHash } from "../chain";
import { chainedEntry, chainedOutcome } from "../testing/chained-rows";
import type { ChainFields, ExportRowInput } from "./export-row";
import { describeExportReport, verifyExport } from "./verify-export";

/**
 * An export of entries 1..n whose links were written in `order` ("e1", "o1", …), chained as the
 * trigger chains them, one row per entry in the order of its entry's link.
 */
function exportOf(order: string[]): ExportRowInput[] {
  let previous: Buffer = GENESIS_HASH;
  const rows = new Map<string, ExportRowInput>();
  order.forEach((link, index) => {
    const id = link.slice(1);
    const chain = (contentHash: Buffer): ChainFields => {
      const hash = linkHash(previous, contentHash);
      const fields = {
        seq: String(index + 1),
        contentHash: contentHash.toString("hex"),
        prevHash: previous.toString("hex"),
        hash: hash.toString("hex"),
      };
      previous = hash;
      return fields;
    };
    if (link.startsWith("e")) {
      const entry = chainedEntry({ actorId: "@a:x", action: "user.lock", targetId: `@u${id}:x` });
      rows.set(id, {
        id,
        requestId: entry.requestId,
        at: entry.at.toISOString(),
        actorId: entry.actorId,
        actorRole: null,
        action: entry.action,
        targetType: null,
        targetId: entry.targetId,
        input: null,
        processId: null,
        jobRunId: null,
        chain: chain(entry.contentHash),
        outcome: null,
      });
      return;
    }
    const outcome = chainedOutcome(id, { outcome: "success", result: { n: Number(id) } });
    rows.get(id)!.outcome = {
      outcome: "success",
      at: outcome.at.toISOString(),
      errorCode: null,
      errorMessage: null,
      result: { n: Number(id) },
      changes: null,
      chain: chain(outcome.contentHash),
    };
  });
  return [...rows.values()];
}

const lines = (rows: ExportRowInput[]) => rows.map((row) => JSON.stringify(row));

describe("verifyExport", () => {
  it("checks every link next to another, outcomes written long after their entries included", async () => {
    const rows = exportOf(["e1", "e2", "o1", "e3", "o3", "o2", "e4"]);
    const report = await verifyExport(lines(rows));
    expect(report).toEqual({
      rows: 4,
      links: 7,
      consecutive: 6,
      beforeChain: 0,
      inLog: null,
      problem: null,
    });
    expect(describeExportReport(report)).toBe(
      "Intact: 4 rows, 7 links recomputed from their fields, 6 pairs of consecutive links agree. The audit log was not consulted.",
    );
  });

  it("finds a row left out of a complete export only at its neighbours' links", async () => {
    const rows = exportOf(["e1", "o1", "e2", "o2", "e3", "o3"]);
    // A filtered export leaves rows out too: a gap alone is not a problem.
    const report = await verifyExport(lines([rows[0]!, rows[2]!]));
    expect(report).toMatchObject({ rows: 2, consecutive: 2, problem: null });
  });

  it("names the row that is out of order, repeated, not JSON or not an export row", async () => {
    const rows = exportOf(["e1", "o1", "e2", "o2"]);
    const swapped = await verifyExport(lines([rows[1]!, rows[0]!]));
    expect(swapped.problem).toEqual({
      row: 2,
      entryId: "1",
      reason: "it is out of chain order (link 1 after link 3)",
    });
    const twice = await verifyExport(lines([rows[0]!, rows[0]!]));
    expect(twice.problem?.reason).toBe("it is out of chain order (link 1 after link 1)");
    const broken = await verifyExport([JSON.stringify(rows[0]), "{"]);
    expect(broken.problem).toEqual({ row: 2, entryId: null, reason: "it is not JSON" });
    const shape = await verifyExport([JSON.stringify({ ...rows[0], chain: { seq: "x" } })]);
    expect(shape.problem).toMatchObject({ row: 1, entryId: "1" });
    expect(shape.problem?.reason).toMatch(/^it is not a row of a History export \(chain\./);
  });

  it("finds a link whose prev hash does not point at the link before it", async () => {
    const rows = exportOf(["e1", "o1", "e2", "o2"]);
    const other = exportOf(["e1", "o1", "e2", "o2"]);
    // Each row holds by itself, but the second comes from another chain.
    const report = await verifyExport(lines([rows[0]!, other[1]!]));
    expect(report.problem).toEqual({
      row: 2,
      entryId: "2",
      reason: "its entry's prev hash is not the hash of link 2 (row 1)",
    });
    expect(describeExportReport(report)).toBe(
      "Broken at row 2 (audit entry 2): its entry's prev hash is not the hash of link 2 (row 1).",
    );
  });
});
