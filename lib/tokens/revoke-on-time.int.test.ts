// Issue 9: an old token whose grace period was over kept working until some later rotation ran.
// The jobs engine (its own per-minute tick, nobody clicking) must end it within a minute of the
// grace ending, and a revocation that fails while Synapse is down must show as overdue, with the
// reason, until a later tick retries it.
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { createSynapseHttp } from "@/lib/synapse";
import { registerTestUser, TEST_TIMEOUTS } from "@/lib/synapse/testing/synapse-fixture";
import { startSynapseProxy, type Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// The console and its worker reach Synapse through a proxy this file can turn off; the test's own
// checks go to Synapse directly. Set before the app reads its environment.
const realSynapseUrl = requireEnv("SYNAPSE_URL");
const trouble: Trouble = {};
const proxy = await startSynapseProxy(realSynapseUrl, trouble);
process.env.SYNAPSE_URL = proxy.url;
const synapseDown = (down: boolean) => {
  trouble.downFrom = down ? 0 : undefined;
};

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { manageTokenAccount } = await import("@/lib/actions/manage-token-account");
const { startJobEngine } = await import("@/lib/jobs/engine");
const { runTick } = await import("@/lib/jobs/tick");
const { enqueueRun } = await import("@/lib/jobs/enqueue-run");
const { tokenRotationKind } = await import("@/lib/jobs/kinds/token-rotation");
const { findRevocationStates } = await import("./revocation-states");
const { whoAmI } = await import("@/lib/synapse/session");
const { isSynapseError } = await import("@/lib/synapse");

const ADMIN = "@token-admin:localhost";
const direct = createSynapseHttp({ baseUrl: realSynapseUrl, ...TEST_TIMEOUTS });

// The real worker: its pg-boss schedule fires the tick once a minute, as in production.
const kinds = { token_rotation: tokenRotationKind };
const engine = await startJobEngine({
  kinds,
  concurrency: 1,
  log: () => undefined,
});
afterAll(async () => {
  await engine.stop();
  process.env.SYNAPSE_URL = realSynapseUrl;
  await proxy.close();
});

/** Whom the token acts as, asked of Synapse itself, or "401" once Synapse refuses it. */
async function whoHolds(token: string) {
  try {
    return (await whoAmI(direct, token)).user_id;
  } catch (error) {
    if (isSynapseError(error, "unauthorized")) return "401";
    throw error;
  }
}

/** The run once the worker has finished it. */
async function finishedRun(runId: string, ms = 45_000) {
  const until = Date.now() + ms;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (!["queued", "running"].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status}`);
    await delay(250);
  }
}

/**
 * A bot whose registration token the console takes over and rotates once (grace: 1 minute), in
 * a run of the worker, as "Rotate now" does.
 */
async function rotatedBot(prefix: string) {
  const bot = await registerTestUser({ admin: false, prefix });
  const managed = await runAction(
    manageTokenAccount.definition,
    { userId: bot.userId, maxTokenAgeDays: 30, graceMinutes: 1, currentDeviceId: bot.deviceId },
    async () => ({ matrixId: ADMIN, role: "admin" as const }),
  );
  expect(managed).toMatchObject({ ok: true });
  const params = { userId: bot.userId };
  const request = { kind: "token_rotation" as const, params, trigger: "manual" as const };
  const runId = await enqueueRun({ ...request, requestedBy: ADMIN }, engine.boss, kinds);
  expect(await finishedRun(runId)).toMatchObject({ status: "succeeded" });
  expect(await whoHolds(bot.token)).toBe(bot.userId);
  return bot;
}

/** Moves the end of the bot's grace period (the policy counts whole minutes). */
async function graceEndsAt(bot: { userId: string; deviceId: string }, at: Date) {
  const { count } = await db.pendingRevocation.updateMany({
    where: { userId: bot.userId, deviceId: bot.deviceId, revokedAt: null },
    data: { revokeAfter: at },
  });
  expect(count).toBe(1);
}

/** The revoke item of the bot's old device in a run the engine started by itself, once finished. */
async function revokeItem(bot: { userId: string; deviceId: string }, after: Date, ms = 60_000) {
  const key = `revoke ${bot.userId} ${bot.deviceId}`;
  const until = Date.now() + ms;
  for (;;) {
    const item = await db.jobRunItem.findFirst({
      where: { key, at: { gte: after } },
      orderBy: { id: "desc" },
    });
    const run = item && (await db.jobRun.findUniqueOrThrow({ where: { id: item.runId } }));
    if (item && run && !["queued", "running"].includes(run.status)) return { item, run };
    if (Date.now() > until) throw new Error(`no finished run revoked ${key} within ${ms} ms`);
    await delay(250);
  }
}

/**
 * Asks Synapse every half second whether the bot's old token still works, until it is refused or
 * 75 s after its grace ended; how late after the grace that was. Never refused before it ended.
 */
async function refusedAfterGrace(bot: { userId: string; deviceId: string; token: string }) {
  const { revokeAfter: graceEnd } = await db.pendingRevocation.findFirstOrThrow({
    where: { userId: bot.userId, deviceId: bot.deviceId },
  });
  for (;;) {
    const holder = await whoHolds(bot.token);
    if (holder === "401") {
      const lateMs = Date.now() - graceEnd.getTime();
      expect(lateMs, `${bot.userId}'s old token ended before its grace`).toBeGreaterThanOrEqual(0);
      return { lateMs };
    }
    expect(holder).toBe(bot.userId);
    if (Date.now() > graceEnd.getTime() + 75_000) {
      throw new Error(`${bot.userId}'s old token still works 75 s after its grace ended`);
    }
    await delay(500);
  }
}

describe("old tokens are revoked when their grace period ends", () => {
  it("refuses the old token within a minute of the grace ending, with no further rotation", async () => {
    // The shortest grace a policy has: a minute (0 ends the old token within the rotation's run).
    const bot = await rotatedBot("grace-bot");

    // Nobody does anything from here on: only the worker may end the token. Within a minute is
    // the promise (a tick notices what is due); queued for its time by the rotation's run, it is
    // seconds.
    const { lateMs } = await refusedAfterGrace(bot);
    expect(lateMs).toBeLessThanOrEqual(20_000);

    // Synapse refuses the token as soon as the device is gone, a moment before the run records
    // it: the record is read once the run has finished.
    const { item, run } = await revokeItem(bot, new Date(Date.now() - 180_000));
    const row = await db.pendingRevocation.findFirstOrThrow({
      where: { userId: bot.userId, deviceId: bot.deviceId },
    });
    expect(row.revokedAt).not.toBeNull();
    expect(item.ok).toBe(true);
    expect(run).toMatchObject({
      status: "succeeded",
      trigger: "due",
      params: { revokeDueOnly: true },
    });
    const audit = await db.auditEntry.findMany({
      where: { action: "token.revoke_old", targetId: bot.userId },
      include: { outcome: true },
    });
    expect(audit).toMatchObject([
      {
        actorId: `job:${run.id}`,
        input: { deviceId: bot.deviceId },
        outcome: { outcome: "success" },
      },
    ]);
  }, 150_000);

  it("keeps a revocation that failed while Synapse was down as overdue, with the reason, and retries it", async () => {
    const bot = await rotatedBot("overdue-bot");
    const started = new Date();
    let failedRunId = "";
    synapseDown(true);
    try {
      // The grace period ended two minutes ago: overdue from the start.
      await graceEndsAt(bot, new Date(Date.now() - 120_000));
      // The tick the schedule fires each minute, called here so the test need not wait for it.
      await runTick(engine.boss, new Date(), kinds);
      const failed = await revokeItem(bot, started);
      expect(failed.item).toMatchObject({ ok: false, error: expect.stringContaining("502") });
      expect(failed.run).toMatchObject({
        status: "failed",
        trigger: "due",
        error: expect.stringMatching(/old tokens? could not be revoked/),
      });
      expect(await whoHolds(bot.token)).toBe(bot.userId);
      failedRunId = failed.run.id;

      const states = await findRevocationStates([bot.userId]);
      expect(states.get(bot.userId)).toMatchObject({
        waiting: 1,
        overdue: [
          { deviceId: bot.deviceId, reason: expect.stringContaining("502"), runId: failed.run.id },
        ],
      });
    } finally {
      synapseDown(false);
    }

    const retried = new Date();
    await runTick(engine.boss, new Date(), kinds);
    const done = await revokeItem(bot, retried);
    expect(done.item.ok).toBe(true);
    expect(done.run).toMatchObject({ status: "succeeded", trigger: "due" });
    expect(await whoHolds(bot.token)).toBe("401");
    expect((await findRevocationStates([bot.userId])).get(bot.userId)).toBeUndefined();
    const audit = await db.auditEntry.findMany({
      where: { action: "token.revoke_old", targetId: bot.userId },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.actorId, entry.outcome?.outcome])).toEqual([
      [`job:${failedRunId}`, "failure"],
      [`job:${done.run.id}`, "success"],
    ]);
  }, 120_000);
});
