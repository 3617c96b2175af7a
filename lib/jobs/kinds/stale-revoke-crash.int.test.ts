// The fault test: the worker dies in the middle of revoking stale devices, and another
// worker finishes the list: every listed device gone, each recorded once, nothing else touched.
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { loginWithPassword } from "@/lib/synapse/session";
import { adminTestClient, registerTestUser, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// A dead worker's queue job expires after this, and pg-boss hands the run to another worker.
process.env.JOB_EXPIRE_SECONDS = "3";

const { db } = await import("@/lib/db");
const { startJobEngine } = await import("../engine");
const { enqueueRun } = await import("../enqueue-run");
const { staleDeviceRevokeKind } = await import("./stale-device-revoke");

const kinds = { stale_device_revoke: staleDeviceRevokeKind };
const engines: Array<Awaited<ReturnType<typeof startJobEngine>>> = [];
const { client: admin } = await adminTestClient();

async function startEngine() {
  const engine = await startJobEngine({ kinds, schedule: false, concurrency: 1, log: () => {} });
  engines.push(engine);
  return engine;
}

afterAll(async () => {
  for (const engine of engines) await engine.stop().catch(() => undefined);
});

async function waitFor(runId: string, ready: (run: { status: string; done: number }) => boolean) {
  const until = Date.now() + 60_000;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (ready(run)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status} at ${run.done}`);
    await delay(25);
  }
}

const deviceIds = async (userId: string) =>
  (await admin.devices.list(userId)).devices.map((device) => device.device_id).sort();

describe("a stale-device revocation whose worker is killed", () => {
  it("is finished by another worker: exactly the listed devices go, each recorded once", async () => {
    // Each user keeps the registration device and loses two password-login devices.
    const listed: Array<{ userId: string; deviceId: string }> = [];
    const kept = new Map<string, string[]>();
    for (let i = 0; i < 15; i++) {
      const user = await registerTestUser({ admin: false, prefix: "crashrevoke" });
      kept.set(user.userId, await deviceIds(user.userId));
      for (let d = 0; d < 2; d++) {
        const login = await loginWithPassword(testHttp(), {
          user: user.userId,
          password: user.password,
        });
        listed.push({ userId: user.userId, deviceId: login.device_id ?? "" });
      }
    }
    const first = await startEngine();
    const runId = await enqueueRun(
      {
        kind: "stale_device_revoke",
        params: { devices: listed, rule: { olderThanDays: 90 }, concurrency: 1 },
        trigger: "manual",
        requestedBy: "@tester:localhost",
      },
      first.boss,
      kinds,
    );
    await waitFor(runId, (run) => run.done >= 6);
    await first.stop({ graceful: false });
    const itemsAtKill = await db.jobRunItem.count({ where: { runId } });
    expect(itemsAtKill).toBeLessThan(listed.length);

    await startEngine();
    const run = await waitFor(runId, (row) => !["queued", "running"].includes(row.status));
    expect(run.status).toBe("succeeded");

    const items = await db.jobRunItem.findMany({ where: { runId } });
    const keys = items.map((item) => item.key).sort();
    expect(keys).toEqual(listed.map((device) => `${device.userId} ${device.deviceId}`).sort());
    expect(items.every((item) => item.ok)).toBe(true);
    for (const [userId, registration] of kept)
      expect(await deviceIds(userId)).toEqual(registration);
    const audited = await db.auditEntry.count({
      where: { action: "device.revoke_stale", targetId: { in: [...kept.keys()] } },
    });
    // One entry per device; a device deleted in the instant before the kill may show twice.
    expect(audited).toBeGreaterThanOrEqual(listed.length);
    expect(audited).toBeLessThanOrEqual(listed.length + 1);
  }, 120_000);
});
