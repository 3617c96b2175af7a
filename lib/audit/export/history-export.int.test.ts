// The History export against PostgreSQL: audited entries go out as NDJSON and CSV through the
// route's own function, come back with every field and hash, verify, and a field changed in the
// file is found at its row; refused filters answer 400; the export is audited itself; and an
// export of 20,000 rows streams without the heap growing with it.
import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import { entryInsertValues, outcomeInsertValues } from "../testing/chained-rows";
import { EXPORT_CSV_COLUMNS } from "./export-csv";
import type { CurrentUser } from "@/lib/auth/current-user";
import { entryContentOf, exportRowSchema, type ExportRowInput } from "./export-row";

prepareTestAppEnv();

const { runAudited } = await import("../run-audited");
const { recordChange } = await import("../changes");
const { db } = await import("@/lib/db");
const { historyExportResponse } = await import("./history-export-response");
const { verifyExport } = await import("./verify-export");
const { logLinksOf } = await import("./log-links");

const client = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
await client.connect();
afterAll(() => client.end());

const admin = { matrixId: "@export-admin:localhost", role: "admin" as const };
const viewer = { matrixId: "@export-viewer:localhost", role: "viewer" as const };

/** A unique action prefix per test, so each export holds only its own entries. */
const uniqueAction = () => `test.export_${randomBytes(5).toString("hex")}`;

/** Three audited actions: two succeed with changes noted, one fails. */
async function writeEntries(action: string) {
  for (const i of [1, 2, 3]) {
    await runAudited(
      {
        actor: { id: "@export-actor:localhost", role: "operator" },
        action,
        target: { type: "user", id: `@export-${i}:localhost` },
        input: { i, note: `line "${i}", with a comma`, password: "never-exported" },
      },
      async () => {
        recordChange("displayname", `Before ${i}`, `After ${i}`);
        if (i === 3) throw new Error("refused three");
        return { done: i };
      },
    ).catch(() => undefined);
  }
}

async function download(params: Record<string, string>, user: CurrentUser = admin) {
  const response = await historyExportResponse(new URLSearchParams(params), user);
  return { response, text: await response.text() };
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

/** The export's own entry, once its outcome is written (when the stream has ended). */
async function exportEntryOf(actorId: string, action: string) {
  for (let tries = 0; tries < 50; tries++) {
    const entry = await db.auditEntry.findFirst({
      where: {
        action: "history.export",
        actorId,
        input: { path: ["filter", "action"], equals: action },
      },
      include: { outcome: true },
      orderBy: { id: "desc" },
    });
    if (entry?.outcome) return entry;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no finished history.export entry for ${action}`);
}

describe("the History export", () => {
  it("writes NDJSON rows with every field and hash, that verify against the log", async () => {
    const action = uniqueAction();
    await writeEntries(action);
    const { response, text } = await download({ format: "ndjson", action }, viewer);

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="synapse-console-history-\d{4}-\d{2}-\d{2}\.ndjson"$/,
    );
    const rows = lines(text).map((line) => JSON.parse(line) as ExportRowInput);
    expect(rows.map((row) => row.targetId)).toEqual([1, 2, 3].map((i) => `@export-${i}:localhost`));
    const [first, , failed] = rows;
    expect(first).toMatchObject({
      actorId: "@export-actor:localhost",
      actorRole: "operator",
      action,
      targetType: "user",
      input: { i: 1, note: 'line "1", with a comma', password: "[redacted]" },
      outcome: {
        outcome: "success",
        result: { done: 1 },
        changes: [{ field: "displayname", from: "Before 1", to: "After 1" }],
      },
    });
    expect(failed?.outcome).toMatchObject({ outcome: "failure", errorMessage: "refused three" });
    for (const row of rows) {
      expect(row.chain?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(BigInt(row.outcome!.chain!.seq)).toBeGreaterThan(BigInt(row.chain!.seq));
      const stored = await db.auditEntry.findUniqueOrThrow({ where: { id: BigInt(row.id) } });
      expect(Buffer.from(stored.hash!).toString("hex")).toBe(row.chain?.hash);
    }

    const report = await verifyExport(lines(text), logLinksOf(client));
    expect(report).toMatchObject({ rows: 3, links: 6, inLog: 6, problem: null });
    // Written one after the other: entry, outcome, entry… each next to the one before.
    expect(report.consecutive).toBe(5);

    const audited = await exportEntryOf(viewer.matrixId, action);
    expect(audited).toMatchObject({
      actorRole: "viewer",
      targetType: "console",
      targetId: "history",
    });
    expect(audited.input).toEqual({ filter: { action }, format: "ndjson" });
    expect(audited.outcome).toMatchObject({ outcome: "success", result: { rows: 3 } });
  });

  it("names the row whose field was changed in the file, or whose link was removed", async () => {
    const action = uniqueAction();
    await writeEntries(action);
    const exported = lines((await download({ format: "ndjson", action })).text);
    const rows = exported.map((line) => JSON.parse(line) as ExportRowInput);

    const changedInput = structuredClone(rows);
    (changedInput[1]!.input as { i: number }).i = 20;
    const byInput = await verifyExport(changedInput.map((row) => JSON.stringify(row)));
    expect(byInput.problem).toEqual({
      row: 2,
      entryId: rows[1]!.id,
      reason: "its entry's fields do not give its content hash (a field was changed)",
    });

    const changedOutcome = structuredClone(rows);
    changedOutcome[2]!.outcome!.errorMessage = "all fine";
    const byOutcome = await verifyExport(changedOutcome.map((row) => JSON.stringify(row)));
    expect(byOutcome.problem).toMatchObject({ row: 3, entryId: rows[2]!.id });
    expect(byOutcome.problem?.reason).toMatch(/outcome's fields do not give its content hash/);

    // A row rehashed to match its new content still breaks the link after it.
    const { contentHash, linkHash } = await import("../chain");
    const forged = structuredClone(rows);
    const row = forged[0]!;
    row.actorId = "@someone-else:localhost";
    const content = contentHash(entryContentOf(exportRowSchema.parse(row)));
    row.chain!.contentHash = content.toString("hex");
    row.chain!.hash = linkHash(Buffer.from(row.chain!.prevHash, "hex"), content).toString("hex");
    const byLink = await verifyExport(forged.map((r) => JSON.stringify(r)));
    expect(byLink.problem).toMatchObject({ row: 1, entryId: row.id });
    expect(byLink.problem?.reason).toMatch(/prev hash is not the hash of link/);

    // The same forgery alone (no outcome beside it), checked against the log: not the log's row.
    const againstLog = await verifyExport(
      [JSON.stringify({ ...row, outcome: null })],
      logLinksOf(client),
    );
    expect(againstLog.problem).toMatchObject({ row: 1, entryId: row.id });
    expect(againstLog.problem?.reason).toMatch(
      /^its entry \(link \d+\) has another hash in the audit log/,
    );
  });

  it("writes CSV with a header, the JSON values and the hashes of both links", async () => {
    const action = uniqueAction();
    await writeEntries(action);
    const ndjson = lines((await download({ format: "ndjson", action })).text).map(
      (line) => JSON.parse(line) as ExportRowInput,
    );
    const { response, text } = await download({ format: "csv", action });

    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/history-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...records] = lines(text);
    expect(header).toBe(EXPORT_CSV_COLUMNS.join(","));
    expect(records).toHaveLength(3);
    ndjson.forEach((row, index) => {
      const record = records[index]!;
      expect(
        record.startsWith(`${row.id},${row.requestId},${row.at},'@export-actor:localhost,`),
      ).toBe(true);
      expect(record).toContain(
        `,"{""i"":${index + 1},""note"":""line \\""${index + 1}\\"", with a comma""`,
      );
      const hashes = [row.chain!, row.outcome!.chain!].flatMap((c) => [
        c.seq,
        c.contentHash,
        c.prevHash,
        c.hash,
      ]);
      expect(record).toContain(hashes.slice(0, 4).join(","));
      expect(record.endsWith(hashes.slice(4).join(","))).toBe(true);
    });
  });

  it("refuses filters and formats it cannot read, with the reasons, before any audit entry", async () => {
    const before = await db.auditEntry.count({ where: { action: "history.export" } });
    const { response, text } = await download({
      format: "xml",
      from: "last week",
      outcome: "maybe",
    });
    expect(response.status).toBe(400);
    expect(text).toContain("- format: csv or ndjson");
    expect(text).toContain('- from: "last week" is not a date, such as 2026-12-01');
    expect(text).toContain("- outcome: success, failure, unknown or pending");
    expect(await db.auditEntry.count({ where: { action: "history.export" } })).toBe(before);
  });

  // Seeding 20,000 chained entries, and a collection after each batch read: slow on a loaded machine.
  it("streams 20,000 rows without its memory growing with them", async () => {
    const action = uniqueAction();
    await seed(action, 20_000);
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    gc();
    // The heap and the bytes outside it: encoded text waits in ArrayBuffers.
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const baseline = used();

    const response = await historyExportResponse(
      new URLSearchParams({ format: "ndjson", action }),
      admin,
    );
    const reader = response.body!.getReader();
    let bytes = 0;
    let newlines = 0;
    let retained = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) newlines++;
      // A reader that stops for a while: a stream that read ahead would fill up meanwhile.
      if (bytes === value.byteLength) await delay(2_000);
      gc();
      retained = Math.max(retained, used() - baseline);
    }
    expect(newlines).toBe(20_000);
    expect(bytes).toBeGreaterThan(20_000_000);
    // About a batch (1,000 rows, 1.5 MB of text) in flight at a time, not the 30 MB export.
    expect(retained, `${retained} bytes held while streaming ${bytes}`).toBeLessThan(8_000_000);
    const audited = await exportEntryOf(admin.matrixId, action);
    expect(audited.outcome).toMatchObject({ outcome: "success", result: { rows: 20_000 } });

    // A download abandoned after its first batch is audited as stopped, with how far it got.
    const abandoned = await historyExportResponse(
      new URLSearchParams({ format: "csv", action }),
      viewer,
    );
    const partial = abandoned.body!.getReader();
    await partial.read();
    await partial.cancel("closed the tab");
    const stopped = await exportEntryOf(viewer.matrixId, action);
    expect(stopped.outcome).toMatchObject({ outcome: "failure", errorCode: "ExportStoppedError" });
    expect(stopped.outcome?.errorMessage).toMatch(
      /^The download stopped after [\d,]+ rows: the client went away \(closed the tab\)\.$/,
    );
  }, 180_000);
});

/**
 * `count` entries of `action` with a kilobyte of input each, written in batches, chained, each
 * with its outcome (an entry left without one is the audit sweep's to finish, one at a time).
 */
async function seed(action: string, count: number) {
  const padding = "x".repeat(1_000);
  for (let start = 0; start < count; start += 1_000) {
    const columns: unknown[][] = Array.from({ length: 8 }, () => []);
    for (let i = start; i < Math.min(count, start + 1_000); i++) {
      const values = entryInsertValues({
        actorId: "@export-seed:localhost",
        action,
        targetType: "user",
        targetId: `@seed-${i}:localhost`,
        input: { i, padding },
      });
      values.forEach((value, column) => columns[column]!.push(value));
    }
    const entries = await client.query<{ id: string }>(
      `INSERT INTO audit_entry (request_id, actor_id, action, target_type, target_id, input, at, content_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[], $8::bytea[])
       RETURNING id`,
      columns,
    );
    const outcomes: unknown[][] = Array.from({ length: 6 }, () => []);
    for (const { id } of entries.rows) {
      const values = outcomeInsertValues(id, { outcome: "success" });
      values.forEach((value, column) => outcomes[column]!.push(value));
    }
    await client.query(
      `INSERT INTO audit_outcome (entry_id, outcome, error_code, error_message, at, content_hash)
       SELECT * FROM unnest($1::bigint[], $2::audit_result[], $3::text[], $4::text[], $5::timestamptz[], $6::bytea[])`,
      outcomes,
    );
  }
}
