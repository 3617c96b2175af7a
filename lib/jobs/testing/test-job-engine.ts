// Test harness, not app code: a job engine for one test file, stopped after its tests.
import { afterAll } from "vitest";
import { getSendBoss } from "@/lib/jobs/boss";
import { startJobEngine, type JobEngineOptions } from "@/lib/jobs/engine";

/**
 * Works the runs of these kinds, one at a time, with no schedule of its own and no log; after the
 * file's tests it stops, and the queue the runs were sent through with it.
 */
export async function startTestJobEngine(kinds: NonNullable<JobEngineOptions["kinds"]>) {
  const engine = await startJobEngine({ kinds, schedule: false, concurrency: 1, log: () => {} });
  afterAll(async () => {
    await engine.stop();
    await (await getSendBoss()).stop();
  });
  return engine;
}
