// The integration tests run in as many workers as the test rig gave environments: each worker has
// a Synapse and a database of its own (INTEGRATION_WORKER_ENVS, a JSON array of environments), so
// test files run side by side without seeing each other's users, rooms, audit rows or jobs.
// Without it (vitest run by hand against one DATABASE_URL and SYNAPSE_URL), files run one by one.

export type WorkerEnv = Record<string, string>;

export function integrationWorkerEnvs(): WorkerEnv[] {
  const given = process.env.INTEGRATION_WORKER_ENVS;
  if (!given) return [];
  const parsed: unknown = JSON.parse(given);
  if (!Array.isArray(parsed) || parsed.some((env) => typeof env?.DATABASE_URL !== "string")) {
    throw new Error(
      "INTEGRATION_WORKER_ENVS must be a JSON array of environments with DATABASE_URL",
    );
  }
  return parsed as WorkerEnv[];
}

/** How many integration test files run at once. */
export function integrationWorkerCount(): number {
  return Math.max(1, integrationWorkerEnvs().length);
}
