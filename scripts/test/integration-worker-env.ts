// Setup file of the vitest "integration" project: before a test file loads, its worker takes the
// environment (Synapse, database) the rig gave that worker; see integration-workers.ts.
import { integrationWorkerEnvs } from "./integration-workers";

const own = integrationWorkerEnvs()[Number(process.env.VITEST_POOL_ID) - 1];
if (own) Object.assign(process.env, own);
