// The fault test for the policy apply: the worker dies in the middle of a plan, another
// worker finishes it, and no action is done twice: each account created once, each join once.
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { adminTestClient, uniqueLocalpart } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// A dead worker's queue job expires after this, and pg-boss hands the run to another worker.
process.env.JOB_EXPIRE_SECONDS = "3";

const { db } = await import("@/lib/db");
const { startJobEngine } = await import("../engine");
const { enqueueRun } = await import("../enqueue-run");
const { policyApplyKind } = await import("./policy-apply");
const { actionKey } = await import("@/lib/policy/plan/actions");
const { makePlan } = await import("@/lib/policy/make-plan");
const { consoleAccount, savePolicy, waitForRunEnd } =
  await import("@/lib/policy/testing/policy-fixture");

const kinds = { policy_apply: policyApplyKind };
const engines: Array<Awaited<ReturnType<typeof startJobEngine>>> = [];

async function startEngine() {
  const engine = await startJobEngine({ kinds, schedule: false, concurrency: 1, log: () => {} });
  engines.push(engine);
  return engine;
}

afterAll(async () => {
  for (const engine of engines) await engine.stop().catch(() => undefined);
});

const USERS = 30;

describe("a policy apply whose worker is killed", () => {
  it("is finished by another worker without doing any action twice", async () => {
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    const tag = uniqueLocalpart("polcrash");
    const room = await service.asConsole((synapse) =>
      synapse.rooms.create({ name: `crash ${tag}`, preset: "private_chat" }),
    );
    const userIds = Array.from({ length: USERS }, (_, index) => `@${tag}-${index}:localhost`);
    await savePolicy({
      schemaVersion: 2,
      managedRoomIds: [room.roomId],
      users: userIds.map((id) => ({ id, active: true, joinedRooms: [{ roomId: room.roomId }] })),
    });
    const made = await makePlan({ createdBy: "@crash-tester:localhost" });
    const creates = made.plan.actions.filter((action) => action.type === "user.create");
    const joins = made.plan.actions.filter((action) => action.type === "room.join");
    expect([creates.length, joins.length]).toEqual([USERS, USERS]);

    const first = await startEngine();
    const runId = await enqueueRun(
      {
        kind: "policy_apply",
        params: { planId: made.planId, requestedByRole: "admin" },
        trigger: "manual",
        requestedBy: "@crash-tester:localhost",
      },
      first.boss,
      kinds,
    );
    for (;;) {
      const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
      if (run.done >= 12) break;
      if (run.status !== "queued" && run.status !== "running") throw new Error(run.status);
      await delay(10);
    }
    await first.stop({ graceful: false });
    const itemsAtKill = await db.jobRunItem.count({ where: { runId } });
    expect(itemsAtKill).toBeLessThan(made.plan.actions.length);

    await startEngine();
    const run = await waitForRunEnd(runId);
    expect(run).toMatchObject({ status: "succeeded", failed: 0 });
    expect(run.attempts).toBeGreaterThanOrEqual(2);

    const items = await db.jobRunItem.findMany({ where: { runId } });
    expect(items.map((item) => item.key).sort()).toEqual(made.plan.actions.map(actionKey).sort());
    expect(items.every((item) => item.ok)).toBe(true);
    const members = await checker.rooms.members(room.roomId);
    for (const userId of userIds) {
      expect((await checker.users.get(userId)).deactivated).toBe(false);
      expect(members).toContain(userId);
    }
    // One audit entry per action; the one under way at the kill may have its entry without an
    // outcome and be found done by the resumed run's re-check, which then changes nothing.
    const entries = await db.auditEntry.findMany({
      where: { actorId: `job:${runId}` },
      include: { outcome: true },
    });
    const succeeded = entries.filter((entry) => entry.outcome?.outcome === "success");
    expect(entries.filter((entry) => entry.outcome?.outcome === "failure")).toEqual([]);
    expect(entries.length).toBeLessThanOrEqual(made.plan.actions.length + 1);
    expect(succeeded.length).toBeGreaterThanOrEqual(made.plan.actions.length - 1);
    const perKey = new Map<string, number>();
    for (const entry of succeeded) {
      const key = actionKey((entry.input as { action: Parameters<typeof actionKey>[0] }).action);
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.values()].every((count) => count === 1)).toBe(true);
    const skipped = items.filter((item) => item.detail === "already done");
    console.log(
      `policy apply crash: killed at ${itemsAtKill} of ${items.length} items; ${skipped.length} found already done on resume`,
    );
  }, 120_000);
});
