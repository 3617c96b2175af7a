import { beforeAll, describe, expect, it } from "vitest";
import { createSynapseClient, type SynapseClient } from "@/lib/synapse";
import { loginWithPassword } from "@/lib/synapse/session";
import {
  adminTestClient,
  registerTestUser,
  testHttp,
  type TestUser,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { scanDevices } = await import("./scan-devices");
const { createTestRun, itemsOf, testRunContext } = await import("./testing/test-run");
const { startSynapseProxy } = await import("@/lib/synapse/testing/synapse-proxy");

const { client: admin, admin: adminUser } = await adminTestClient();

/** Users with `devices` devices each: the registration one plus password logins. */
async function seedUsers(prefix: string, count: number, devices: number) {
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const user = await registerTestUser({ admin: false, prefix });
    for (let d = 1; d < devices; d++)
      await loginWithPassword(testHttp(), { user: user.userId, password: user.password });
    users.push(user);
  }
  return users;
}

async function recordsOf(snapshotId: string, userIds: string[]) {
  const rows = await db.deviceRecord.findMany({
    where: { snapshotId, userId: { in: userIds } },
    orderBy: [{ userId: "asc" }, { deviceId: "asc" }],
  });
  return rows.map((row) => `${row.userId} ${row.deviceId}`);
}

async function synapseDevicesOf(userIds: string[]) {
  const all: string[] = [];
  for (const userId of userIds)
    for (const device of (await admin.devices.list(userId)).devices)
      all.push(`${userId} ${device.device_id}`);
  return all.sort();
}

const params = { concurrency: 4, pageSize: 10 };

describe("device scan against the real Synapse", () => {
  // Paging and stopping mid-way need more users than a page, whichever test files ran before.
  beforeAll(async () => {
    const { total } = await admin.users.list({ limit: 1 });
    for (let i = total; i < 3 * params.pageSize; i++)
      await registerTestUser({ admin: false, prefix: "scanpad" });
  });

  it("stores every active user's devices (locked included, deactivated skipped), one item per user", async () => {
    const [plain, locked, gone] = await seedUsers("scan", 3, 2);
    await admin.users.update(locked!.userId, { locked: true });
    await admin.users.update(plain!.userId, { user_type: "bot" });
    await admin.users.deactivate(gone!.userId, false);
    const runId = await createTestRun("device_scan", params);

    const summary = await scanDevices(admin, params, testRunContext(runId));

    expect(summary.complete).toBe(true);
    const snapshot = await db.deviceSnapshot.findUniqueOrThrow({ where: { runId } });
    expect(snapshot.completedAt).not.toBeNull();
    expect(snapshot.deviceCount).toBe(
      await db.deviceRecord.count({ where: { snapshotId: snapshot.id } }),
    );
    const mine = [plain!.userId, locked!.userId];
    expect(await recordsOf(snapshot.id, mine)).toEqual(await synapseDevicesOf(mine));
    expect(await recordsOf(snapshot.id, mine)).toHaveLength(4);
    expect(await recordsOf(snapshot.id, [gone!.userId])).toEqual([]);

    const items = await itemsOf(runId);
    const keys = items.map((item) => item.key);
    expect(keys).toEqual(expect.arrayContaining([...mine, adminUser.userId]));
    expect(keys).not.toContain(gone!.userId);
    expect(items.find((item) => item.key === plain!.userId)).toMatchObject({
      ok: true,
      detail: { devices: 2 },
    });
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run.done).toBe(items.length);
    // Paged 10 at a time, so more than one page went by.
    expect(run.total).toBeGreaterThan(params.pageSize);

    const bot = await db.deviceRecord.findFirstOrThrow({
      where: { snapshotId: snapshot.id, userId: plain!.userId },
    });
    expect(bot.userType).toBe("bot");
    expect(bot.lastSeenAt).toBeNull();
    expect(bot.userCreatedAt).not.toBeNull();
  });

  it("stopped mid-way, leaves the snapshot incomplete; resumed, skips done users and completes it", async () => {
    const seeded = await seedUsers("scanresume", 4, 2);
    const runId = await createTestRun("device_scan", params);

    const first = await scanDevices(admin, params, testRunContext(runId, { abortAfterItems: 12 }));
    expect(first.complete).toBe(false);
    const snapshot = await db.deviceSnapshot.findUniqueOrThrow({ where: { runId } });
    expect(snapshot.completedAt).toBeNull();
    const afterFirst = (await itemsOf(runId)).map((item) => item.key);
    expect(afterFirst.length).toBeGreaterThanOrEqual(12);

    const second = await scanDevices(admin, params, testRunContext(runId));
    expect(second).toMatchObject({
      complete: true,
      snapshotId: snapshot.id,
      resumedPast: afterFirst.length,
    });
    const items = await itemsOf(runId);
    // Each user once: the unique (run, key) would have refused a second recording.
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(second.scannedUsers).toBe(items.length - afterFirst.length);
    const ids = seeded.map((user) => user.userId);
    expect(await recordsOf(snapshot.id, ids)).toEqual(await synapseDevicesOf(ids));
  });

  it("rides out 429s and a short outage of Synapse without losing a user", async () => {
    const seeded = await seedUsers("scanfault", 3, 2);
    const proxy = await startSynapseProxy(process.env.SYNAPSE_URL ?? "", {
      limitEvery: 7,
      retryAfterMs: 30,
      downFrom: 15,
      downTo: 27,
    });
    try {
      const troubled: SynapseClient = createSynapseClient({
        baseUrl: proxy.url,
        tokenSource: { getToken: async () => adminUser.token },
        timeoutMs: 10_000,
        maxRetryWaitMs: 5_000,
      });
      const runId = await createTestRun("device_scan", params);
      const context = testRunContext(runId);
      const waits: Array<string | null> = [];
      const summary = await scanDevices(troubled, params, {
        ...context,
        setWaiting: async (waitingFor) => {
          waits.push(waitingFor);
          await context.setWaiting(waitingFor);
        },
      });
      expect(summary).toMatchObject({ complete: true, failedUsers: 0 });
      expect(proxy.stats.limited).toBeGreaterThan(3);
      // The run's page said why it paused, and stopped saying so once Synapse was back.
      expect(waits).toContainEqual(
        expect.stringMatching(/^Synapse cannot be reached; trying again in \d+ s$/),
      );
      expect(waits.at(-1)).toBeNull();
      // Requests 15–26 found it down, but for the 21st, which was limited instead.
      expect(proxy.stats.down).toBe(11);

      const snapshot = await db.deviceSnapshot.findUniqueOrThrow({ where: { runId } });
      const ids = seeded.map((user) => user.userId);
      expect(await recordsOf(snapshot.id, ids)).toEqual(await synapseDevicesOf(ids));
      const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
      expect(run.failed).toBe(0);
      expect(run.done).toBe((await itemsOf(runId)).length);
      expect(run.waitingFor).toBeNull();
    } finally {
      await proxy.close();
    }
  });
});
