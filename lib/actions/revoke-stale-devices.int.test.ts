import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { revokeStaleDevices } = await import("./revoke-stale-devices");
const { db } = await import("@/lib/db");

const operator = async () => ({
  matrixId: "@stale-action-operator:localhost",
  role: "operator" as const,
});

/** A completed snapshot with two long-unused devices of each of these (real) users. */
async function snapshotOf(userIds: string[]) {
  const asOf = new Date();
  const snapshot = await db.deviceSnapshot.create({
    data: { runId: randomUUID(), completedAt: asOf },
  });
  await db.deviceRecord.createMany({
    data: userIds.flatMap((userId) =>
      [400, 500].map((days) => ({
        snapshotId: snapshot.id,
        userId,
        deviceId: `OLD${days}`,
        lastSeenAt: new Date(asOf.getTime() - days * 86_400_000),
        userCreatedAt: new Date(asOf.getTime() - 800 * 86_400_000),
      })),
    ),
  });
  return snapshot.id;
}

const rule = {
  olderThanDays: 30,
  neverSeenCreatedBeforeDays: null,
  keepMostRecent: 0,
  excludeUsers: [],
  onlyUsers: [] as string[],
  userContains: null,
};
const runsOfRevoke = () => db.jobRun.count({ where: { kind: "stale_device_revoke" } });

describe("the revoke action acts only on the rule and the counts the page showed", () => {
  it("refuses out-of-range values under their fields instead of clamping them, starting nothing", async () => {
    const { id } = await registerTestUser("stale-action");
    const snapshotId = await snapshotOf([id]);
    const before = await runsOfRevoke();
    for (const [change, field, message] of [
      [{ keepMostRecent: 500 }, "keepMostRecent", "must be at most 100 devices"],
      [{ olderThanDays: 4000 }, "olderThanDays", "must be at most 3,650 days (10 years)"],
      [{ olderThanDays: -1 }, "olderThanDays", "must be at least 1 day"],
      [{ neverSeenCreatedBeforeDays: -1 }, "neverSeenCreatedBeforeDays", "must be 0 or more"],
    ] as const) {
      const result = await runAction(
        revokeStaleDevices.definition,
        { ...rule, onlyUsers: [id], ...change, snapshotId, expectedDevices: 2, expectedUsers: 1 },
        operator,
      );
      expect(result, field).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    }
    // A rule with a field left out is refused too, rather than filled in with a default.
    const partial: Record<string, unknown> = { ...rule, onlyUsers: [id] };
    delete partial.keepMostRecent;
    const missing = await runAction(
      revokeStaleDevices.definition,
      { ...partial, snapshotId, expectedDevices: 2, expectedUsers: 1 } as never,
      operator,
    );
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { keepMostRecent: ["is required"] },
    });
    expect(await runsOfRevoke()).toBe(before);
  });

  it("refuses when the rule now finds other counts than shown, saying what to do; starts the run when they match", async () => {
    const [one, two] = [
      await registerTestUser("stale-action"),
      await registerTestUser("stale-action"),
    ];
    const snapshotId = await snapshotOf([one.id, two.id]);
    const both = { ...rule, onlyUsers: [one.id, two.id] };
    const before = await runsOfRevoke();

    const stale = await runAction(
      revokeStaleDevices.definition,
      { ...both, snapshotId, expectedDevices: 4, expectedUsers: 1 },
      operator,
    );
    expect(stale).toMatchObject({
      ok: false,
      error:
        "Nothing was revoked: this rule now finds 4 devices of 2 users on the snapshot, not the 4 devices of 1 user shown (devices were revoked since the page was loaded). Reload the page, check the dry run again and revoke from there.",
    });
    expect(await runsOfRevoke()).toBe(before);

    const started = await runAction(
      revokeStaleDevices.definition,
      { ...both, snapshotId, expectedDevices: 4, expectedUsers: 2 },
      operator,
    );
    if (!started.ok) throw new Error(started.error);
    expect(started.data).toMatchObject({ devices: 4, users: 2 });
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: started.data.runId } });
    expect(run.params).toMatchObject({ rule: both, snapshotId });
    expect((run.params as { devices: unknown[] }).devices).toHaveLength(4);
  });
});
