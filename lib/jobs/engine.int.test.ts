import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { JobKindDefinition } from "./job-kind";

// Small, so a worker that died hands its run on within seconds (read once, before anything else).
process.env.JOB_EXPIRE_SECONDS = "3";
prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { startJobEngine } = await import("./engine");
const { enqueueRun } = await import("./enqueue-run");
const { runTick } = await import("./tick");
const { RUN_QUEUE, runJobOptions } = await import("./queue");
const { cancelJobRun, createJobDefinition, resumeJobRun, runJobDefinitionNow } =
  await import("./definitions");
const { createRunRow } = await import("./enqueue-run");

type CountParams = { count: number; delayMs: number };

/**
 * A real kind for these tests: goes through `count` items, skipping those already recorded, and
 * fails every fifth. `worked` lists what this engine's copy worked, as "<run id> <key>", to see who
 * did what (an engine may also pick up a run an earlier test left on the queue).
 */
function countingKind(worked: string[]): JobKindDefinition<CountParams> {
  return {
    kind: "device_scan",
    label: "Counting (test)",
    params: z.object({ count: z.number().int().min(1), delayMs: z.number().int().min(0) }),
    async run({ count, delayMs }, context) {
      await context.setTotal(count);
      const done = await context.doneKeys();
      let recorded = 0;
      for (let index = 0; index < count; index += 1) {
        if (context.signal.aborted) break;
        const key = `item-${String(index).padStart(3, "0")}`;
        if (done.has(key)) continue;
        worked.push(`${context.runId} ${key}`);
        await delay(delayMs);
        const ok = index % 5 !== 4;
        await context.recordItem({ key, ok, detail: { index }, error: ok ? undefined : "odd one" });
        recorded += 1;
      }
      return { recorded, actor: context.actorId };
    },
  };
}

const engines: Array<Awaited<ReturnType<typeof startJobEngine>>> = [];
async function engine(worked: string[]) {
  const started = await startJobEngine({
    kinds: { device_scan: countingKind(worked) },
    schedule: false,
    concurrency: 1,
    log: () => undefined,
  });
  engines.push(started);
  return started;
}

afterEach(async () => {
  for (const started of engines.splice(0)) await started.stop();
});

async function waitForRun(runId: string, done: (run: { status: string }) => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    if (done(run)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} stayed ${run.status}`);
    await delay(100);
  }
}
const finished = (run: { status: string }) => !["queued", "running"].includes(run.status);
/** The keys of `runId` an engine worked. */
const workedOn = (worked: string[], runId: string) =>
  worked.filter((entry) => entry.startsWith(`${runId} `)).map((entry) => entry.split(" ")[1]);
const itemKeys = async (runId: string) =>
  (await db.jobRunItem.findMany({ where: { runId }, orderBy: { key: "asc" } })).map((i) => i.key);

/** The run's items once no write has landed for 400 ms (at most 5 s): the in-flight ones are in. */
async function settledItemKeys(runId: string) {
  let last = await itemKeys(runId);
  for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
    await delay(400);
    const now = await itemKeys(runId);
    if (now.length === last.length) return now;
    last = now;
  }
  return last;
}

const fields = (name: string, params: CountParams, cron = "") => ({
  name,
  kind: "device_scan" as const,
  params: JSON.stringify(params),
  cron,
  timezone: "UTC",
  enabled: true,
});

describe("the jobs engine on pg-boss and PostgreSQL", () => {
  it("runs a definition now to success, with its items, counts, summary and job actor", async () => {
    const worked: string[] = [];
    const started = await engine(worked);
    const kinds = { device_scan: countingKind([]) };
    const definition = await createJobDefinition(
      fields(`run-now-${Date.now()}`, { count: 10, delayMs: 5 }),
      "@admin:localhost",
      { kinds },
    );
    const { runId } = await runJobDefinitionNow(definition.id, "@admin:localhost", started.boss, {
      kinds,
    });

    const run = await waitForRun(runId, finished);
    expect(run).toMatchObject({
      status: "succeeded",
      total: 10,
      done: 8,
      failed: 2,
      trigger: "manual",
      requestedBy: "@admin:localhost",
      summary: { actor: `job:${definition.id}` },
    });
    // Tests run with a 3 s expiry, so a slow machine may hand the run on in 2 s slices: however
    // many attempts it took, each item was worked once.
    expect(run.attempts).toBeGreaterThanOrEqual(1);
    const keys = workedOn(worked, runId);
    expect(new Set(keys).size).toBe(10);
    expect(keys).toHaveLength(10);
    expect(run.queueJobId).toBeTruthy();
    expect(run.finishedAt).not.toBeNull();
    expect(await itemKeys(runId)).toHaveLength(10);
    const failedItem = await db.jobRunItem.findFirstOrThrow({ where: { runId, ok: false } });
    expect(failedItem).toMatchObject({ key: "item-004", error: "odd one", detail: { index: 4 } });
  });

  it("refuses parameters the kind's schema refuses, before anything is queued", async () => {
    const started = await engine([]);
    const kinds = { device_scan: countingKind([]) };
    const before = await db.jobRun.count();
    await expect(
      enqueueRun(
        {
          kind: "device_scan",
          params: { count: 0 },
          trigger: "manual",
          requestedBy: "@a:localhost",
        },
        started.boss,
        kinds,
      ),
    ).rejects.toMatchObject({ name: "JobParamsError" });
    expect(await db.jobRun.count()).toBe(before);
  });

  it("works a run once with two workers, even when its queue job is delivered twice", async () => {
    const workedA: string[] = [];
    const workedB: string[] = [];
    const a = await engine(workedA);
    const b = await engine(workedB);
    const runId = await enqueueRun(
      {
        kind: "device_scan",
        params: { count: 20, delayMs: 20 },
        trigger: "manual",
        requestedBy: "@a:localhost",
      },
      a.boss,
      { device_scan: countingKind([]) },
    );
    await b.boss.send(RUN_QUEUE, { runId }, runJobOptions());

    const run = await waitForRun(runId, finished);
    expect(run.status).toBe("succeeded");
    expect(run.done + run.failed).toBe(20);
    expect(await itemKeys(runId)).toHaveLength(20);
    // Each item worked once: the second delivery never worked the run beside the first. (On a
    // loaded machine the run may outlast its 2 s slice and carry on in a fresh queue job, maybe
    // on the other worker; that is a hand-over, not a second worker at once.)
    const worked = [...workedOn(workedA, runId), ...workedOn(workedB, runId)];
    expect(worked).toHaveLength(20);
    expect(new Set(worked).size).toBe(20);
  });

  it("resumes a run whose worker died, after its queue job expires, without redoing items", async () => {
    const workedA: string[] = [];
    const a = await engine(workedA);
    const runId = await enqueueRun(
      {
        kind: "device_scan",
        params: { count: 25, delayMs: 50 },
        trigger: "manual",
        requestedBy: "@a:localhost",
      },
      a.boss,
      { device_scan: countingKind([]) },
    );
    await waitForRun(runId, (run) => "done" in run && Number(run.done) >= 4);
    await a.stop({ graceful: false });
    engines.splice(engines.indexOf(a), 1);
    const killedAt = Date.now();
    // A write already under way when the worker died may still land (on a loaded machine, later
    // than 200 ms: CI saw one land between 200 and 500 ms); nothing after it may.
    const before = await settledItemKeys(runId);
    expect(before.length).toBeGreaterThan(3);
    expect(before.length).toBeLessThan(25);
    await delay(300);
    expect(await itemKeys(runId)).toEqual(before);
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("running");

    const workedB: string[] = [];
    await engine(workedB);
    const run = await waitForRun(runId, finished);
    expect(run.status).toBe("succeeded");
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    // Not before the dead worker's queue job expired (3 s after it started).
    expect(Date.now() - killedAt).toBeGreaterThan(1500);
    const after = await itemKeys(runId);
    expect(after).toHaveLength(25);
    expect(new Set(after).size).toBe(25);
    for (const key of before) expect(workedOn(workedB, runId)).not.toContain(key);
    expect(run.done + run.failed).toBe(25);
  });

  it("hands a run back on graceful shutdown, and another worker resumes it at once", async () => {
    const a = await engine([]);
    const runId = await enqueueRun(
      {
        kind: "device_scan",
        params: { count: 20, delayMs: 40 },
        trigger: "manual",
        requestedBy: "@a:localhost",
      },
      a.boss,
      { device_scan: countingKind([]) },
    );
    await waitForRun(runId, (run) => "done" in run && Number(run.done) >= 3);
    await a.stop();
    engines.splice(engines.indexOf(a), 1);
    const handedBack = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
    expect(handedBack.status).toBe("queued");
    const before = await itemKeys(runId);

    const workedB: string[] = [];
    await engine(workedB);
    const run = await waitForRun(runId, finished);
    expect(run.status).toBe("succeeded");
    // 2 when B finishes within one slice (2 s with the tests' 3 s expiry); on a busy machine B
    // may hand it back at its slice's end and take it up again, which is how long runs go on.
    expect(run.attempts).toBeGreaterThanOrEqual(2);
    expect(await itemKeys(runId)).toHaveLength(20);
    for (const key of before) expect(workedOn(workedB, runId)).not.toContain(key);
  });

  it("marks a run failed when the queue gives up on it, and resumes it from its items", async () => {
    const kinds = { device_scan: countingKind([]) };
    const a = await engine([]);
    const runId = await createRunRow(
      {
        kind: "device_scan",
        params: { count: 20, delayMs: 50 },
        trigger: "manual",
        requestedBy: "@a:localhost",
      },
      db,
      kinds,
    );
    // No retry: the first dead worker uses up the queue job.
    await a.boss.send(RUN_QUEUE, { runId }, { ...runJobOptions(), retryLimit: 0 });
    // Killed at its first item, well within its 2 s slice: a worker that reached the slice's end
    // first (a loaded machine) hands the run back alive, and the queue would not give up on it.
    await waitForRun(runId, (run) => "done" in run && Number(run.done) >= 1);
    await a.stop({ graceful: false });
    engines.splice(engines.indexOf(a), 1);
    // The item A was working on when stopped may still land (a CI run saw it 200 ms later).
    const before = await settledItemKeys(runId);

    const workedB: string[] = [];
    const b = await engine(workedB);
    const failed = await waitForRun(runId, finished);
    expect(failed.status).toBe("failed");
    expect(failed).toMatchObject({ attempts: 1 });
    expect(String("error" in failed ? failed.error : "")).toMatch(
      /gave up on this run\. Last attempt: its worker stopped responding/,
    );
    expect(workedOn(workedB, runId)).toEqual([]);
    expect(await itemKeys(runId)).toEqual(before);

    expect(await resumeJobRun(runId, b.boss)).toEqual({ runId, resumed: true });
    const resumed = await waitForRun(runId, finished);
    expect(resumed).toMatchObject({ status: "succeeded", error: null });
    // One more attempt at least; on a loaded machine the resumed worker may also reach the end of
    // its 2 s slice and hand the run back alive, which is a further attempt of the same run.
    expect(Number("attempts" in resumed ? resumed.attempts : 0)).toBeGreaterThanOrEqual(2);
    const after = await itemKeys(runId);
    expect(after).toHaveLength(20);
    expect(new Set(after).size).toBe(20);
    for (const key of before) expect(workedOn(workedB, runId)).not.toContain(key);
    expect(await resumeJobRun(runId, b.boss)).toEqual({ runId, resumed: false });
  });

  it("cancels a running run: it stops between items and says cancelled", async () => {
    const started = await engine([]);
    const runId = await enqueueRun(
      {
        kind: "device_scan",
        params: { count: 200, delayMs: 30 },
        trigger: "manual",
        requestedBy: "@a:localhost",
      },
      started.boss,
      { device_scan: countingKind([]) },
    );
    await waitForRun(runId, (run) => "done" in run && Number(run.done) >= 3);
    expect(await cancelJobRun(runId)).toMatchObject({ status: "cancelling" });

    const run = await waitForRun(runId, finished, 5_000);
    expect(run.status).toBe("cancelled");
    const count = (await itemKeys(runId)).length;
    expect(count).toBeLessThan(200);
    await delay(500);
    expect(await itemKeys(runId)).toHaveLength(count);
    expect(await cancelJobRun(runId)).toMatchObject({ status: "finished" });
  });

  it("enqueues a due scheduled definition once, even when two ticks race", async () => {
    const kinds = { device_scan: countingKind([]) };
    const a = await engine([]);
    const b = await engine([]);
    const definition = await createJobDefinition(
      fields(`tick-${Date.now()}`, { count: 2, delayMs: 0 }, "* * * * *"),
      "@scheduler:localhost",
      { kinds },
    );
    // The next minute's fire time, so it falls after the definition was created.
    const nextMinute = new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000 + 5_000);
    try {
      const [fromA, fromB] = await Promise.all([
        runTick(a.boss, nextMinute, kinds),
        runTick(b.boss, nextMinute, kinds),
      ]);
      const again = await runTick(a.boss, new Date(nextMinute.getTime() + 20_000), kinds);
      const mine = (ids: string[]) => ids.filter(Boolean);
      const runs = await db.jobRun.findMany({ where: { definitionId: definition.id } });
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ trigger: "schedule", requestedBy: "@scheduler:localhost" });
      expect([...mine(fromA), ...mine(fromB), ...mine(again)]).toContain(runs[0]?.id);
      expect(await waitForRun(runs[0]?.id ?? "", finished)).toMatchObject({ status: "succeeded" });

      // The following minute fires again.
      await runTick(a.boss, new Date(nextMinute.getTime() + 60_000), kinds);
      expect(await db.jobRun.count({ where: { definitionId: definition.id } })).toBe(2);
    } finally {
      await db.jobDefinition.update({ where: { id: definition.id }, data: { enabled: false } });
    }
  });
});
