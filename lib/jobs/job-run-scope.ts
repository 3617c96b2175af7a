import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<string>();

/** Runs a job run's work so that every audit entry it writes names the run. */
export function withinJobRun<T>(runId: string, work: () => Promise<T>): Promise<T> {
  return storage.run(runId, work);
}

/** The job run doing the current work, if a job is. */
export function currentJobRunId(): string | null {
  return storage.getStore() ?? null;
}
