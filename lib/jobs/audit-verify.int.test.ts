// The "Verify the log" run: the admin's action queues it, the engine runs the audit_verify kind
// over the shared log to an intact report (one item per batch of links, the sentence the run page
// shows), a viewer may not start it, and a chain broken by a superuser fails its batch's item with
// the link named.
import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { freshConsoleDatabase } from "@/scripts/db/testing/fresh-console-database";
import {
  ENTRY_INSERT,
  entryInsertValues,
  OUTCOME_INSERT,
  outcomeInsertValues,
} from "@/lib/audit/testing/chained-rows";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { startJobEngine } = await import("./engine");
const { auditVerifyKind } = await import("./kinds/audit-verify");
const { runAction } = await import("@/lib/actions/define-action");
const { verifyAuditLog } = await import("@/lib/actions/verify-audit-log");
const { runChainVerify } = await import("@/lib/audit/verify-chain-run");
const { createTestRun, testRunContext, itemsOf } = await import("@/lib/devices/testing/test-run");
const { describeRunResult } = await import("@/components/jobs/run-detail/describe-run-result");

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function waitForRun(runId: string, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status}`);
    await delay(100);
  }
}

describe("the audit_verify job kind", () => {
  it("is started by an admin, not a viewer, and reports the shared log intact", async () => {
    const engine = await startJobEngine({
      kinds: { audit_verify: auditVerifyKind },
      schedule: false,
      concurrency: 1,
      log: () => undefined,
    });
    cleanups.push(() => engine.stop());

    const asViewer = async () => ({
      matrixId: "@verify-viewer:localhost",
      role: "viewer" as const,
    });
    const refused = await runAction(verifyAuditLog.definition, {}, asViewer);
    expect(refused).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are viewer.",
    });

    const asAdmin = async () => ({ matrixId: "@verify-admin:localhost", role: "admin" as const });
    const started = await runAction(verifyAuditLog.definition, {}, asAdmin);
    if (!started.ok) throw new Error(started.error);
    const run = await waitForRun(started.data.runId);

    expect(run).toMatchObject({
      kind: "audit_verify",
      status: "succeeded",
      requestedBy: "@verify-admin:localhost",
      failed: 0,
      summary: { problem: null, beforeChain: 0 },
    });
    const summary = run.summary as { links: number; headHash: string };
    expect(summary.links).toBeGreaterThan(0);
    expect(summary.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.total).toBe(Math.ceil(summary.links / 5_000));
    expect(run.done).toBe(run.total);
    const words = describeRunResult("audit_verify", run.summary, run.params);
    expect(words).toMatchObject({
      shape: "sentence",
      headline: expect.stringMatching(/^Intact: /),
    });

    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "job.run_audit_verify", actorId: "@verify-admin:localhost" },
      include: { outcome: true },
    });
    expect(entry.outcome).toMatchObject({ outcome: "success", result: { runId: run.id } });
  });

  it("fails the batch with the broken link and says where", async () => {
    const database = await freshConsoleDatabase("audit_verify_job");
    cleanups.push(() => database.drop());
    const app = new pg.Client({ connectionString: database.appUrl });
    await app.connect();
    cleanups.push(() => app.end());
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const entry = await app.query<{ id: string }>(
        ENTRY_INSERT,
        entryInsertValues({
          actorId: "@a:localhost",
          action: "user.lock",
          targetId: `@u${i}:localhost`,
        }),
      );
      ids.push(entry.rows[0]!.id);
      await app.query(
        OUTCOME_INSERT,
        outcomeInsertValues(entry.rows[0]!.id, { outcome: "success" }),
      );
    }
    const superuser = new pg.Client({ connectionString: database.superuserUrl });
    await superuser.connect();
    await superuser.query("ALTER TABLE audit_entry DISABLE TRIGGER USER");
    await superuser.query(`UPDATE audit_entry SET actor_id = '@b:localhost' WHERE id = ${ids[1]}`);
    await superuser.end();

    const runId = await createTestRun("audit_verify", {});
    const report = await runChainVerify(testRunContext(runId), async () => {
      const client = new pg.Client({ connectionString: database.appUrl });
      await client.connect();
      return client;
    });

    const sentence = `Broken at link 3, the entry of audit entry ${ids[1]}: its content is not what was written (changed after it was recorded). The 2 links before it hold.`;
    expect(report.problem).toMatchObject({ seq: "3", entryId: ids[1] });
    expect(describeRunResult("audit_verify", report, {})).toEqual({
      shape: "sentence",
      headline: sentence,
      notes: [],
    });
    const items = await itemsOf(runId);
    expect(items).toEqual([
      expect.objectContaining({ ok: false, error: sentence, detail: { seq: "3" } }),
    ]);
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      total: 1,
      failed: 1,
    });
  });
});
