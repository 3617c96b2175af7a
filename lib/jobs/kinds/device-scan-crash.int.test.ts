// The fault test: the worker dies in the middle of a real device scan, and another worker
// picks the run up, finishes it, and scans no user twice.
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { registerTestUser } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// A dead worker's queue job expires after this, and pg-boss hands the run to another worker.
process.env.JOB_EXPIRE_SECONDS = "3";

const { db } = await import("@/lib/db");
const { startJobEngine } = await import("../engine");
const { enqueueRun } = await import("../enqueue-run");
const { deviceScanKind } = await import("./device-scan");

const kinds = { device_scan: deviceScanKind };
const engines: Array<Awaited<ReturnType<typeof startJobEngine>>> = [];

async function startEngine() {
  const engine = await startJobEngine({ kinds, schedule: false, concurrency: 1, log: () => {} });
  engines.push(engine);
  return engine;
}

afterAll(async () => {
  for (const engine of engines) await engine.stop().catch(() => undefined);
});

async function runRow(runId: string) {
  return db.jobRun.findUniqueOrThrow({ where: { id: runId } });
}

async function waitFor(runId: string, ready: (run: Awaited<ReturnType<typeof runRow>>) => boolean) {
  const until = Date.now() + 60_000;
  for (;;) {
    const run = await runRow(runId);
    if (ready(run)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status} at ${run.done}`);
    await delay(25);
  }
}

describe("a device scan whose worker is killed", () => {
  it("is resumed by another worker, completes its snapshot and scans every user once", async () => {
    // Enough users that a one-at-a-time scan in pages of ten is still going when the worker dies.
    for (let i = 0; i < 40; i++) await registerTestUser({ admin: false, prefix: "crashscan" });
    const first = await startEngine();
    const runId = await enqueueRun(
      {
        kind: "device_scan",
        params: { concurrency: 1, pageSize: 10 },
        trigger: "manual",
        requestedBy: "@tester:localhost",
      },
      first.boss,
      kinds,
    );
    const atKill = await waitFor(runId, (run) => run.done + run.failed >= 10);
    await first.stop({ graceful: false });
    const itemsAtKill = await db.jobRunItem.count({ where: { runId } });
    expect(atKill.total === null || itemsAtKill < atKill.total).toBe(true);
    expect((await db.deviceSnapshot.findUniqueOrThrow({ where: { runId } })).completedAt).toBe(
      null,
    );

    await startEngine();
    const run = await waitFor(runId, (row) => !["queued", "running"].includes(row.status));
    expect(run.status).toBe("succeeded");
    expect(run.attempts).toBeGreaterThanOrEqual(2);

    const items = await db.jobRunItem.findMany({ where: { runId }, select: { key: true } });
    const users = items.map((item) => item.key);
    expect(new Set(users).size).toBe(users.length);
    expect(run.done + run.failed).toBe(users.length);
    expect(users.length).toBeGreaterThan(itemsAtKill);
    const snapshot = await db.deviceSnapshot.findUniqueOrThrow({ where: { runId } });
    expect(snapshot.completedAt).not.toBe(null);
    expect(snapshot.userCount).toBe(users.length);
    const scannedUsers = await db.deviceRecord.groupBy({
      by: ["userId"],
      where: { snapshotId: snapshot.id },
    });
    // Every user with devices is in the snapshot, each user once however often the run started.
    for (const row of scannedUsers) expect(users).toContain(row.userId);
    expect(await db.deviceRecord.count({ where: { snapshotId: snapshot.id } })).toBe(
      snapshot.deviceCount,
    );
  }, 120_000);
});
