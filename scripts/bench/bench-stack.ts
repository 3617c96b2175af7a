// What the Synapse benchmarks (devices, policy) start for themselves: an embedded PostgreSQL with
// the console's database migrated, and a Synapse test instance keeping its data in a database of
// its own on the same server, as production servers do (or in the rig's SQLite).
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgresProcess } from "../db/embedded-postgres-process";
import { ensureDatabase } from "../db/ensure-database";
import { migrateDeploy } from "../db/migrate";
import { startSynapseInstance } from "../test/stack-processes";
import { stopInReverse, type Stop } from "./run-bench";

export type BenchStackOptions = {
  workDir: string;
  /** The console's database and the Synapse instance are named after it. */
  name: string;
  synapsePort: number;
  postgresPort: number;
  synapseOnSqlite: boolean;
};

export type BenchStack = {
  /** The console's database. */
  databaseUrl: string;
  /** Synapse's own database; undefined on SQLite. */
  synapseDatabaseUrl: string | undefined;
  /** The Synapse rig's env file values (SYNAPSE_URL, SYNAPSE_REGISTRATION_SHARED_SECRET, …). */
  synapseEnv: Record<string, string | undefined>;
  /** Stops what was started, last first. */
  stop(): Promise<void>;
};

/** A fresh database for Synapse, with the C collation it asks for; its URL for the rig. */
async function createSynapseDatabase(server: string, database: string) {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database}`);
    await client.query(
      `CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(`${server}/${database}`);
  return `postgres://${url.username}:${decodeURIComponent(url.password)}@${url.hostname}:${url.port}/${database}`;
}

export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const stops: Stop[] = [];
  const stop = () => stopInReverse(stops);
  try {
    const postgres = await startEmbeddedPostgresProcess({
      dataDir: path.join(options.workDir, "postgres"),
      port: options.postgresPort,
    });
    stops.push(() => postgres.stop());
    const server = postgres.url.slice(0, postgres.url.lastIndexOf("/"));
    const consoleDatabase = `bench_${options.name}`;
    await ensureDatabase(`${server}/postgres`, consoleDatabase);
    await migrateDeploy(`${server}/${consoleDatabase}`);
    const synapseDatabaseUrl = options.synapseOnSqlite
      ? undefined
      : await createSynapseDatabase(server, `bench_${options.name}_synapse`);
    const synapse = startSynapseInstance({
      instance: `bench${options.name}`,
      port: options.synapsePort,
      envFile: path.join(options.workDir, "synapse.env"),
      postgresUrl: synapseDatabaseUrl,
    });
    stops.push(synapse.stop);
    return {
      databaseUrl: `${server}/${consoleDatabase}`,
      synapseDatabaseUrl,
      synapseEnv: synapse.env,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
