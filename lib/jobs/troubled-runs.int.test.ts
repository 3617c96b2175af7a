import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { countTroubledRuns } = await import("./troubled-runs");

const now = new Date();
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const before = (ms: number) => new Date(now.getTime() - ms);
const seededIds: string[] = [];

type Seed = {
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  queuedAgo: number;
  finishedAgo?: number;
  definitionId?: string;
  waitingFor?: string;
};

async function seedRuns(seeds: Seed[]) {
  const data = seeds.map((seed) => ({
    id: randomUUID(),
    definitionId: seed.definitionId ?? null,
    kind: "device_scan" as const,
    params: {},
    status: seed.status,
    trigger: "manual",
    requestedBy: "@test:troubled.test",
    queuedAt: before(seed.queuedAgo),
    finishedAt: seed.finishedAgo === undefined ? null : before(seed.finishedAgo),
    waitingFor: seed.waitingFor ?? null,
  }));
  seededIds.push(...data.map((run) => run.id));
  await db.jobRun.createMany({ data });
}

afterAll(async () => {
  await db.jobRun.deleteMany({ where: { id: { in: seededIds } } });
});

describe("the overview's job run figures", () => {
  it("counts failures of the last week not followed by another run of their job, and runs left waiting", async () => {
    // Other files' runs stay in the shared database: only what this test adds is compared.
    const start = await countTroubledRuns(now);
    const ranAgain = randomUUID();
    const stillFailing = randomUUID();
    await seedRuns([
      // Counted: a one-off failure an hour ago; a job whose latest run failed.
      { status: "failed", queuedAgo: 2 * HOUR_MS, finishedAgo: HOUR_MS },
      {
        status: "succeeded",
        queuedAgo: 5 * HOUR_MS,
        finishedAgo: 4 * HOUR_MS,
        definitionId: stillFailing,
      },
      {
        status: "failed",
        queuedAgo: 2 * HOUR_MS,
        finishedAgo: HOUR_MS,
        definitionId: stillFailing,
      },
      // Not counted: a failure eight days ago; a failure its job's next run put behind it.
      { status: "failed", queuedAgo: 8 * 24 * HOUR_MS, finishedAgo: 8 * 24 * HOUR_MS },
      {
        status: "failed",
        queuedAgo: 3 * HOUR_MS,
        finishedAgo: 3 * HOUR_MS,
        definitionId: ranAgain,
      },
      { status: "succeeded", queuedAgo: HOUR_MS, finishedAgo: HOUR_MS, definitionId: ranAgain },
      // Waiting: for Synapse, and for a worker (queued 10 minutes).
      { status: "running", queuedAgo: 5 * MINUTE_MS, waitingFor: "Synapse is not answering" },
      { status: "queued", queuedAgo: 10 * MINUTE_MS },
      // Not waiting: working, just queued, cancelled.
      { status: "running", queuedAgo: 5 * MINUTE_MS },
      { status: "queued", queuedAgo: MINUTE_MS },
      { status: "cancelled", queuedAgo: HOUR_MS, finishedAgo: HOUR_MS },
    ]);

    const end = await countTroubledRuns(now);
    expect({ failed: end.failed - start.failed, waiting: end.waiting - start.waiting }).toEqual({
      failed: 2,
      waiting: 2,
    });
  });
});
