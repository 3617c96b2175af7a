import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ageInSynapse } from "../../e2e/devices/age-in-synapse";
import { loginWithPassword } from "@/lib/synapse/session";
import { adminTestClient, registerTestUser, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { staleCleanupParamsSchema } = await import("./cleanup-schema");
const { runStaleCleanup } = await import("./stale-cleanup");
const { createTestRun, itemsOf, testRunContext } = await import("./testing/test-run");

const { client: admin } = await adminTestClient();

/** A real user with two real devices: the one registration made and one more login. */
async function userWithTwoDevices(prefix: string) {
  const user = await registerTestUser({ admin: false, prefix });
  const login = await loginWithPassword(testHttp(), { user: user.userId, password: user.password });
  return { userId: user.userId, devices: [user.deviceId, login.device_id] as [string, string] };
}

const deviceIdsOf = async (userId: string) =>
  (await admin.devices.list(userId)).devices.map((device) => device.device_id).sort();

/** One run of the saved job, as the engine would start it: its own run row, its own scan. */
async function runJob(params: unknown) {
  const parsed = staleCleanupParamsSchema.parse(params);
  const runId = await createTestRun("stale_device_cleanup", parsed, "@the-admin:localhost");
  const result = await runStaleCleanup(admin, parsed, testRunContext(runId));
  const items = (await itemsOf(runId)).filter((item) => item.key.includes(" "));
  return { runId, result, items };
}

describe("scheduled stale device clean-up against the real Synapse", () => {
  it("re-reads Synapse at each run: revokes a device that went stale since, not a fresh one; reports; stops above its maximum", async () => {
    const prefix = `cleanup${randomBytes(3).toString("hex")}`;
    const [aged, fresh] = [await userWithTwoDevices(prefix), await userWithTwoDevices(prefix)];
    // Saved once; never-used devices are kept (no never-used age), so only last use counts.
    const saved = {
      rule: {
        olderThanDays: 30,
        neverSeenCreatedBeforeDays: null,
        keepMostRecent: 0,
        excludeUsers: [],
        onlyUsers: [`@${prefix}-*`],
        userContains: null,
      },
      mode: "revoke",
      maxDevices: 5,
    };

    // Saved while nothing is stale: a run revokes nothing.
    const first = await runJob(saved);
    expect(first.result).toMatchObject({ outcome: "revoked", selected: 0, revoked: 0 });
    expect(first.result.scannedUsers).toBeGreaterThanOrEqual(2);

    // Afterwards one device goes unused for 60 days, another was used yesterday.
    ageInSynapse({
      users: [],
      devices: [
        { userId: aged.userId, deviceId: aged.devices[0], lastSeenDaysAgo: 60 },
        { userId: fresh.userId, deviceId: fresh.devices[0], lastSeenDaysAgo: 1 },
      ],
    });
    const second = await runJob(saved);
    expect(second.result).toMatchObject({ outcome: "revoked", selected: 1, revoked: 1, failed: 0 });
    expect(second.items.map((item) => item.key)).toEqual([`${aged.userId} ${aged.devices[0]}`]);
    expect(await deviceIdsOf(aged.userId)).toEqual([aged.devices[1]]);
    expect(await deviceIdsOf(fresh.userId)).toEqual([...fresh.devices].sort());
    const audit = await db.auditEntry.findMany({
      where: { action: "device.revoke_stale", targetId: aged.userId },
      include: { outcome: true },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: `job:${second.runId}`,
      input: { deviceId: aged.devices[0], rule: saved.rule },
      outcome: { outcome: "success" },
    });

    // Report only: the other device of the aged user goes stale; it is listed, not revoked.
    ageInSynapse({
      users: [],
      devices: [{ userId: aged.userId, deviceId: aged.devices[1], lastSeenDaysAgo: 45 }],
    });
    const report = await runJob({ ...saved, mode: "report" });
    expect(report.result).toMatchObject({ outcome: "reported", selected: 1, revoked: 0 });
    expect(report.items).toMatchObject([
      {
        key: `${aged.userId} ${aged.devices[1]}`,
        ok: true,
        detail: expect.stringMatching(/^would revoke \(last used /),
      },
    ]);
    expect(await deviceIdsOf(aged.userId)).toEqual([aged.devices[1]]);

    // Two stale devices against a maximum of one: nothing revoked, and the result says why.
    ageInSynapse({
      users: [],
      devices: [{ userId: fresh.userId, deviceId: fresh.devices[1], lastSeenDaysAgo: 90 }],
    });
    const over = await runJob({ ...saved, maxDevices: 1 });
    expect(over.result).toMatchObject({
      outcome: "over_maximum",
      selected: 2,
      maximum: 1,
      revoked: 0,
    });
    expect(over.items).toEqual([]);
    expect(await deviceIdsOf(aged.userId)).toEqual([aged.devices[1]]);
    expect(await deviceIdsOf(fresh.userId)).toEqual([...fresh.devices].sort());
    expect(
      await db.auditEntry.count({
        where: { action: "device.revoke_stale", targetId: { in: [aged.userId, fresh.userId] } },
      }),
    ).toBe(1);
  });

  it("resumed after a kill mid-revoke, revokes each device once and does not scan again", async () => {
    const prefix = `cleanupresume${randomBytes(3).toString("hex")}`;
    const users = [await userWithTwoDevices(prefix), await userWithTwoDevices(prefix)];
    ageInSynapse({
      users: [],
      devices: users.flatMap((user) =>
        user.devices.map((deviceId) => ({ userId: user.userId, deviceId, lastSeenDaysAgo: 40 })),
      ),
    });
    const params = staleCleanupParamsSchema.parse({
      rule: {
        olderThanDays: 30,
        neverSeenCreatedBeforeDays: null,
        keepMostRecent: 0,
        excludeUsers: [],
        onlyUsers: [`@${prefix}-*`],
        userContains: null,
      },
      mode: "revoke",
      maxDevices: 10,
      concurrency: 1,
    });
    const runId = await createTestRun("stale_device_cleanup", params);
    const scanItems = async () =>
      (await itemsOf(runId)).filter((item) => !item.key.includes(" ")).length;

    // The first attempt is killed once the scan and two revokes are recorded.
    const firstContext = testRunContext(runId);
    let revokes = 0;
    const killer = new AbortController();
    const killed = await runStaleCleanup(admin, params, {
      ...firstContext,
      signal: killer.signal,
      async recordItem(item) {
        await firstContext.recordItem(item);
        if (item.key.includes(" ") && ++revokes === 2) killer.abort("shutdown");
      },
      async recordItems(items, alongside) {
        await firstContext.recordItems(items, alongside);
        if (items.length === 1 && items[0]!.key.includes(" ") && ++revokes === 2)
          killer.abort("shutdown");
      },
    });
    expect(killed).toMatchObject({ outcome: "revoked", revoked: 2, stopped: true });
    const scannedOnce = await scanItems();

    const resumed = await runStaleCleanup(admin, params, testRunContext(runId));
    expect(resumed).toMatchObject({
      outcome: "revoked",
      selected: 4,
      revoked: 2,
      skippedAsDone: 2,
      stopped: false,
    });
    expect(await scanItems()).toBe(scannedOnce);
    const deviceItems = (await itemsOf(runId)).filter((item) => item.key.includes(" "));
    expect(deviceItems).toHaveLength(4);
    for (const user of users) expect(await deviceIdsOf(user.userId)).toEqual([]);
    expect(
      await db.auditEntry.count({
        where: { action: "device.revoke_stale", targetId: { in: users.map((u) => u.userId) } },
      }),
    ).toBe(4);
  });
});
