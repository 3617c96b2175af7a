import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loginWithPassword } from "@/lib/synapse/session";
import { adminTestClient, registerTestUser, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { StaleRule } from "./stale-rule";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { countStaleDevices, findStaleDevices } = await import("./stale-query");
const { staleRuleSchema } = await import("./stale-rule");
const { revokeStaleDevices } = await import("./revoke-stale");
const { staleRevokeParamsSchema } = await import("./revoke-schema");
const { createTestRun, itemsOf, testRunContext } = await import("./testing/test-run");
const { writeScannedUsers } = await import("./scan-writer");

const { client: admin } = await adminTestClient();
const asOf = new Date();

/** Real users with three real devices each (never used, so Synapse has no last-seen time). */
async function seedUsers(prefix: string, count: number) {
  const users = [];
  for (let i = 0; i < count; i++) {
    const user = await registerTestUser({ admin: false, prefix });
    for (let d = 0; d < 2; d++)
      await loginWithPassword(testHttp(), { user: user.userId, password: user.password });
    users.push(user);
  }
  return users;
}

/**
 * A snapshot of these users' real devices, as a scan would store them, with the accounts aged
 * by a year (Synapse cannot be made to have old accounts; the rule reads only the snapshot).
 */
async function agedSnapshot(userIds: string[]) {
  const snapshot = await db.deviceSnapshot.create({
    data: { runId: randomUUID(), completedAt: asOf },
  });
  let deviceCount = 0;
  for (const userId of userIds) {
    const { devices } = await admin.devices.list(userId);
    await db.deviceRecord.createMany({
      data: devices.map((device) => ({
        snapshotId: snapshot.id,
        userId,
        deviceId: device.device_id,
        lastSeenAt: device.last_seen_ts ? new Date(device.last_seen_ts) : null,
        userCreatedAt: new Date(asOf.getTime() - 365 * 86_400_000),
      })),
    });
    deviceCount += devices.length;
  }
  await db.deviceSnapshot.update({ where: { id: snapshot.id }, data: { deviceCount } });
  return snapshot.id;
}

/** Devices last used over 30 days ago, or never used on accounts over 90 days old; keep 1. */
const ruleWith = (changes: Partial<StaleRule>) =>
  staleRuleSchema.parse({
    olderThanDays: 30,
    neverSeenCreatedBeforeDays: 90,
    keepMostRecent: 1,
    excludeUsers: [],
    onlyUsers: [],
    userContains: null,
    ...changes,
  });

const deviceKeysOf = async (userIds: string[]) => {
  const keys: string[] = [];
  for (const userId of userIds)
    for (const device of (await admin.devices.list(userId)).devices)
      keys.push(`${userId} ${device.device_id}`);
  return keys.sort();
};

describe("stale device revoke against the real Synapse", () => {
  it("revokes exactly the dry run's devices, keeps the newest per user and the excluded, audits each", async () => {
    const [kept, bridge, other] = await seedUsers("stale", 3);
    const ids = [kept!.userId, bridge!.userId, other!.userId];
    const snapshotId = await agedSnapshot(ids);
    const rule = ruleWith({
      // A glob in the middle, as "@*-bridge:*" patterns are: "@stale-*-<hex>:localhost".
      excludeUsers: [bridge!.userId.replace(/-[^-]+-/, "-*-")],
    });
    const dryRun = await findStaleDevices({
      snapshotId,
      rule,
      asOf,
      excludeUsers: rule.excludeUsers,
    });
    // Two users, three never-used devices each, one kept per user; the bridge-like user excluded.
    expect(dryRun).toHaveLength(4);
    expect(dryRun.some((device) => device.userId === bridge!.userId)).toBe(false);
    const before = await deviceKeysOf(ids);
    const chosen = dryRun.map((device) => `${device.userId} ${device.deviceId}`);

    const params = staleRevokeParamsSchema.parse({
      devices: dryRun.map(({ userId, deviceId }) => ({ userId, deviceId })),
      rule,
      snapshotId,
    });
    const runId = await createTestRun("stale_device_revoke", params, "@the-admin:localhost");
    const summary = await revokeStaleDevices(admin, params, testRunContext(runId));

    expect(summary).toMatchObject({ revoked: 4, alreadyGone: 0, failed: 0, stopped: false });
    expect(await deviceKeysOf(ids)).toEqual(before.filter((key) => !chosen.includes(key)));
    expect(await deviceKeysOf([bridge!.userId])).toHaveLength(3);
    expect((await itemsOf(runId)).map((item) => item.key).sort()).toEqual([...chosen].sort());

    const audit = await db.auditEntry.findMany({
      where: { action: "device.revoke_stale", targetId: { in: ids } },
      include: { outcome: true },
    });
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({
      actorId: `job:${runId}`,
      targetType: "user",
      input: { rule, requestedBy: "@tester:localhost" },
      outcome: { outcome: "success" },
    });
  });

  it("stopped mid-way and resumed, revokes each device once; a device already gone counts as done", async () => {
    const users = await seedUsers("staleresume", 2);
    const ids = users.map((user) => user.userId);
    const snapshotId = await agedSnapshot(ids);
    const rule = ruleWith({ keepMostRecent: 0 });
    const dryRun = await findStaleDevices({ snapshotId, rule, asOf, excludeUsers: [] });
    expect(dryRun).toHaveLength(6);
    // Someone deletes a user (and so its devices) between the dry run and the revoke.
    const goneUser = `@gone-${Date.now().toString(36)}:localhost`;
    const params = staleRevokeParamsSchema.parse({
      devices: [...dryRun, { userId: goneUser, deviceId: "GONEDEV" }].map(
        ({ userId, deviceId }) => ({ userId, deviceId }),
      ),
      rule,
      concurrency: 1,
    });
    const runId = await createTestRun("stale_device_revoke", params);

    const first = await revokeStaleDevices(
      admin,
      params,
      testRunContext(runId, { abortAfterItems: 2 }),
    );
    expect(first).toMatchObject({ revoked: 2, stopped: true });
    const second = await revokeStaleDevices(admin, params, testRunContext(runId));
    expect(second).toMatchObject({ revoked: 4, alreadyGone: 1, skippedAsDone: 2, stopped: false });

    expect(await deviceKeysOf(ids)).toEqual([]);
    const items = await itemsOf(runId);
    expect(items).toHaveLength(7);
    expect(items.find((item) => item.key === `${goneUser} GONEDEV`)).toMatchObject({
      ok: true,
      detail: "already gone",
    });
    for (const userId of ids) {
      // One audit entry per device: nothing was revoked twice.
      expect(
        await db.auditEntry.count({ where: { action: "device.revoke_stale", targetId: userId } }),
      ).toBe(3);
    }
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ done: 7, failed: 0, total: 7 });
  });

  it("narrowed to one user, revokes only theirs, and revoked devices leave every snapshot", async () => {
    const [target, bystander] = await seedUsers("staleonly", 2);
    const ids = [target!.userId, bystander!.userId];
    const older = await agedSnapshot(ids);
    const snapshotId = await agedSnapshot(ids);
    const everyone = ruleWith({});
    // One user by ID, no exclusion patterns needed for everyone else.
    const justOne = { ...everyone, onlyUsers: [target!.userId] };
    const query = { snapshotId, rule: justOne, asOf, excludeUsers: [] };
    const dryRun = await findStaleDevices(query);
    expect(dryRun.map((device) => device.userId)).toEqual([target!.userId, target!.userId]);
    expect(await countStaleDevices(query)).toMatchObject({ devices: 2, users: 1, neverOld: 3 });
    const before = await deviceKeysOf(ids);

    const params = staleRevokeParamsSchema.parse({
      devices: dryRun.map(({ userId, deviceId }) => ({ userId, deviceId })),
      rule: justOne,
      snapshotId,
    });
    const runId = await createTestRun("stale_device_revoke", params);
    expect(await revokeStaleDevices(admin, params, testRunContext(runId))).toMatchObject({
      revoked: 2,
      failed: 0,
    });

    // On Synapse: the target keeps one device, the bystander all three.
    const chosen = dryRun.map((device) => `${device.userId} ${device.deviceId}`);
    expect(await deviceKeysOf(ids)).toEqual(before.filter((key) => !chosen.includes(key)));
    expect(await deviceKeysOf([bystander!.userId])).toHaveLength(3);
    // In both snapshots: the revoked devices are gone and the counts say so, so the next dry run
    // lists nothing for the target and still lists the bystander's.
    for (const id of [snapshotId, older]) {
      expect(await findStaleDevices({ ...query, snapshotId: id })).toEqual([]);
      const rest = await findStaleDevices({ ...query, snapshotId: id, rule: everyone });
      expect(rest.map((device) => device.userId)).toEqual([bystander!.userId, bystander!.userId]);
      const snapshot = await db.deviceSnapshot.findUniqueOrThrow({ where: { id } });
      expect(snapshot.deviceCount).toBe(4);
      expect(await db.deviceRecord.count({ where: { snapshotId: id } })).toBe(4);
    }
  });

  it("keeps a device revoked while a scan reads its user out of that scan's snapshot", async () => {
    const [user] = await seedUsers("scanrace", 1);
    const userId = user!.userId;
    const deviceIds = (await admin.devices.list(userId)).devices.map((d) => d.device_id).sort();
    const [revoked, ...kept] = deviceIds as [string, ...string[]];
    // A scan starts and reads the user's three devices from Synapse...
    const scanRunId = await createTestRun("device_scan", {});
    const snapshot = await db.deviceSnapshot.create({ data: { runId: scanRunId } });
    const read = deviceIds.map((deviceId) => ({ userId, deviceId, lastSeenAt: null }));
    // ...a revoke deletes one of them before the scan writes what it read...
    const params = staleRevokeParamsSchema.parse({
      devices: [{ userId, deviceId: revoked }],
      rule: ruleWith({}),
    });
    const revokeRunId = await createTestRun("stale_device_revoke", params);
    expect(await revokeStaleDevices(admin, params, testRunContext(revokeRunId))).toMatchObject({
      revoked: 1,
    });
    const writer = writeScannedUsers(snapshot.id, testRunContext(scanRunId), 10);
    await writer.add({ userId, ok: true, records: read });
    await writer.finish();

    // ...and the snapshot holds what Synapse holds: no dry run lists the revoked device again.
    const stored = await db.deviceRecord.findMany({
      where: { snapshotId: snapshot.id },
      select: { deviceId: true },
    });
    expect(stored.map((row) => row.deviceId).sort()).toEqual(kept);
    expect(await deviceKeysOf([userId])).toEqual(kept.map((deviceId) => `${userId} ${deviceId}`));
    expect((await itemsOf(scanRunId)).map((item) => item.key)).toEqual([userId]);
  });
});
