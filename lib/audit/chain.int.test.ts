// The audit log's hash chain against PostgreSQL: the trigger links what the app writes, concurrent
// writers leave one unbroken chain, and a row changed or removed by a superuser with the
// append-only triggers disabled is found by the verifier, at its link.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import {
  freshConsoleDatabase,
  type FreshConsoleDatabase,
} from "@/scripts/db/testing/fresh-console-database";
import { contentHash, linkHash } from "./chain";
import {
  ENTRY_INSERT,
  entryInsertValues,
  OUTCOME_INSERT,
  outcomeInsertValues,
} from "./testing/chained-rows";
import { describeChainReport, verifyAuditChain } from "./verify-chain";

prepareTestAppEnv();

const { runAudited } = await import("./run-audited");
const { recordChange } = await import("./changes");
const { db } = await import("@/lib/db");

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

describe("the audit chain in the shared database", () => {
  it("stays one unbroken chain under 50 concurrent audited actions, each keeping its changes", async () => {
    const tag = randomUUID();
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        runAudited(
          {
            actor: { id: "@chain-test:localhost", role: "admin" },
            action: "test.chain_concurrent",
            target: { type: "user", id: `@chain-${i}:localhost` },
            input: { tag, i, password: "never-stored" },
          },
          async () => {
            recordChange("displayname", `Before ${i}`, `After ${i}`);
            recordChange("password", "old-secret", "new-secret");
            if (i % 7 === 0) throw new Error(`refused ${i}`);
            return { i };
          },
        ),
      ),
    );
    const elapsedMs = performance.now() - started;
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(8);
    // Serialized for the chain, yet not a bottleneck: 100 linked rows well under a second each.
    expect(elapsedMs).toBeLessThan(10_000);

    const rows = await db.auditEntry.findMany({
      where: { action: "test.chain_concurrent", input: { path: ["tag"], equals: tag } },
      include: { outcome: true },
    });
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      expect(row.chainSeq).not.toBeNull();
      expect(row.outcome?.chainSeq).toBeGreaterThan(row.chainSeq!);
      const i = (row.input as { i: number }).i;
      expect(row.outcome?.changes).toEqual([
        { field: "displayname", from: `Before ${i}`, to: `After ${i}` },
        { field: "password", from: "[redacted]", to: "[redacted]" },
      ]);
    }
    const seqs = [...rows.map((r) => r.chainSeq!), ...rows.map((r) => r.outcome!.chainSeq!)];
    expect(new Set(seqs).size).toBe(100);

    const report = await verifyAuditChain(await connect(requireEnv("DATABASE_URL")));
    expect(report.problem, describeChainReport(report)).toBeNull();
    expect(report.links).toBeGreaterThanOrEqual(100);
    expect(describeChainReport(report)).toMatch(/^Intact: [\d,]+ entries and [\d,]+ outcomes/);
  });
});

describe("tampering found by the verifier", () => {
  /** A migrated database of its own with six audited entries, each with its outcome. */
  async function ledger() {
    const database = await freshConsoleDatabase("audit_chain");
    cleanups.push(() => database.drop());
    const app = await connect(database.appUrl);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const entry = await app.query<{ id: string }>(
        ENTRY_INSERT,
        entryInsertValues({
          actorId: "@admin:localhost",
          action: "user.lock",
          targetType: "user",
          targetId: `@user${i}:localhost`,
          input: { userId: `@user${i}:localhost`, locked: true },
        }),
      );
      const id = entry.rows[0]!.id;
      await app.query(OUTCOME_INSERT, outcomeInsertValues(id, { outcome: "success" }));
      ids.push(id);
    }
    const intact = await verifyAuditChain(app);
    expect(intact.problem).toBeNull();
    expect(intact).toMatchObject({ links: 12, entries: 6, outcomes: 6 });
    return { database, app, ids };
  }

  /** What a database superuser can do: switch the append-only triggers off around a change. */
  async function asSuperuser(database: FreshConsoleDatabase, table: string, sql: string) {
    const superuser = await connect(database.superuserUrl);
    await superuser.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await superuser.query(sql);
    await superuser.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }

  it("finds an entry whose content was changed, at its link", async () => {
    const { database, app, ids } = await ledger();
    await asSuperuser(
      database,
      "audit_entry",
      `UPDATE audit_entry SET input = '{"userId": "@someone-else:localhost", "locked": true}' WHERE id = ${ids[2]}`,
    );
    const report = await verifyAuditChain(app);
    expect(report.problem).toMatchObject({
      seq: "5",
      kind: "entry",
      entryId: ids[2],
      reason: expect.stringMatching(/content is not what was written/),
    });
    expect(report.links).toBe(4);
    expect(describeChainReport(report)).toBe(
      `Broken at link 5, the entry of audit entry ${ids[2]}: its content is not what was written (changed after it was recorded). The 4 links before it hold.`,
    );
  });

  it("finds a removed outcome", async () => {
    const { database, app, ids } = await ledger();
    await asSuperuser(
      database,
      "audit_outcome",
      `DELETE FROM audit_outcome WHERE entry_id = ${ids[3]}`,
    );
    const report = await verifyAuditChain(app);
    expect(report.problem).toMatchObject({ seq: "9", reason: expect.stringMatching(/missing/) });
  });

  it("finds a row rewritten with its own hashes recomputed, at the link after it", async () => {
    const { database, app, ids } = await ledger();
    const [row] = (
      await app.query<{
        request_id: string;
        at: Date;
        target_id: string;
        input: unknown;
        prev_hash: Buffer;
      }>(`SELECT request_id, at, target_id, input, prev_hash FROM audit_entry WHERE id = ${ids[1]}`)
    ).rows;
    const forged = contentHash({
      kind: "entry",
      requestId: row!.request_id,
      at: row!.at,
      actorId: "@admin:localhost",
      actorRole: null,
      action: "user.unlock",
      targetType: "user",
      targetId: row!.target_id,
      input: row!.input,
      processId: null,
      jobRunId: null,
    });
    const forgedLink = linkHash(row!.prev_hash, forged);
    await asSuperuser(
      database,
      "audit_entry",
      `UPDATE audit_entry SET action = 'user.unlock', content_hash = '\\x${forged.toString("hex")}', hash = '\\x${forgedLink.toString("hex")}' WHERE id = ${ids[1]}`,
    );
    const report = await verifyAuditChain(app);
    expect(report.problem).toMatchObject({
      seq: "4",
      kind: "outcome",
      entryId: ids[1],
      reason: expect.stringMatching(/does not point at the link before it/),
    });
  });
});
