import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { countStaleInNewestSnapshot } = await import("./stale-summary");

const DAY_MS = 86_400_000;
const snapshotIds: string[] = [];

/** A snapshot completed now (so the newest), holding these devices: [user, device, days unused]. */
async function snapshotOf(devices: Array<[string, string, number | null]>) {
  const completedAt = new Date();
  const snapshot = await db.deviceSnapshot.create({ data: { runId: randomUUID(), completedAt } });
  snapshotIds.push(snapshot.id);
  await db.deviceRecord.createMany({
    data: devices.map(([userId, deviceId, days]) => ({
      snapshotId: snapshot.id,
      userId,
      deviceId,
      lastSeenAt: days === null ? null : new Date(completedAt.getTime() - days * DAY_MS),
      userCreatedAt: new Date(completedAt.getTime() - 1000 * DAY_MS),
    })),
  });
  return completedAt;
}

afterAll(async () => {
  await db.deviceRecord.deleteMany({ where: { snapshotId: { in: snapshotIds } } });
  await db.deviceSnapshot.deleteMany({ where: { id: { in: snapshotIds } } });
});

describe("the overview's stale-device figure", () => {
  it("counts what the default rule's dry run lists in the newest snapshot", async () => {
    const takenAt = await snapshotOf([
      // Each user keeps their most recently used device; the rest unused for 90+ days go.
      ["@ann:summary.test", "A1", 1],
      ["@ann:summary.test", "A100", 100],
      ["@ann:summary.test", "A200", 200],
      ["@ben:summary.test", "B120", 120],
      ["@ben:summary.test", "B91", 91],
      // Never used: the default rule keeps them; 89 days: not stale yet.
      ["@cat:summary.test", "C2", 2],
      ["@cat:summary.test", "CNEVER", null],
      ["@cat:summary.test", "C89", 89],
    ]);
    expect(await countStaleInNewestSnapshot()).toEqual({
      snapshotAt: takenAt,
      devices: 3,
      users: 2,
    });

    // A newer scan found nothing stale: the figure follows it.
    const newer = await snapshotOf([["@ann:summary.test", "A1", 1]]);
    expect(await countStaleInNewestSnapshot()).toEqual({ snapshotAt: newer, devices: 0, users: 0 });
  });
});
