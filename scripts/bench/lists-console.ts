// What the list benchmarks (lists, browser) start: a Synapse with 10,000 users and 1,000 rooms
// (or the running one of BENCH_SYNAPSE_ENV, topped up), an embedded PostgreSQL, the production
// console signed in as the bench admin, and a client acting with the console's own service token.
// Needs a production build (`next build`) and the Synapse rig (scripts/test/synapse).
// Env: BENCH_CONSOLE_PORT (3300), BENCH_SYNAPSE_PORT (8098), BENCH_POSTGRES_PORT (54360),
// seed-lists.ts's SEED_USERS, SEED_ROOMS, SEED_CONCURRENCY, and BENCH_SYNAPSE_ENV: the env file of a
// Synapse already running (written by scripts/test/synapse/start.sh), to use instead of a fresh one.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import pg from "pg";
import { openSecret } from "../../lib/crypto/secret-box";
import type { SynapseClient } from "../../lib/synapse";
import { startEmbeddedPostgresProcess } from "../db/embedded-postgres-process";
import { migrateDeploy } from "../db/migrate";
import { startConsoleProcess, startSynapseInstance } from "../test/stack-processes";
import { signInToConsole } from "./console-session";
import type { Stop } from "./run-bench";
import { adminClient, BENCH_ADMIN, seedLists } from "./seed-lists";

export type ListsConsole = {
  consoleUrl: string;
  /** The Cookie header of the bench admin's session. */
  cookie: string;
  /** A Synapse client with the console's service token: the very requests the console sends. */
  asConsole: SynapseClient;
  seedSeconds: number;
  /** The console's own database. */
  databaseUrl: string;
  /** The bench admin's Matrix ID, as the console knows them. */
  adminId: string;
};

const consolePort = Number(process.env.BENCH_CONSOLE_PORT || 3300);
const synapsePort = Number(process.env.BENCH_SYNAPSE_PORT || 8098);
const postgresPort = Number(process.env.BENCH_POSTGRES_PORT || 54360);

export const benchLog = (line: string) => console.log(`[bench] ${line}`);

function startSynapse(envFile: string, stops: Stop[]) {
  const running = process.env.BENCH_SYNAPSE_ENV;
  if (running) {
    benchLog(`using the running Synapse of ${running}`);
    return parseEnv(readFileSync(running, "utf8"));
  }
  const synapse = startSynapseInstance({ instance: "bench", port: synapsePort, envFile });
  stops.push(synapse.stop);
  return synapse.env;
}

/** The service account token the console keeps (sealed) in its database, to send the same requests. */
async function consoleServiceToken(databaseUrl: string, secretsKey: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ token: string | null }>(
      "SELECT access_token_encrypted AS token FROM homeserver WHERE id = 'default'",
    );
    const sealed = rows[0]?.token;
    if (!sealed) throw new Error("the console has no service token yet");
    return openSecret(sealed, Buffer.from(secretsKey, "hex"));
  } finally {
    await client.end();
  }
}

/** A signed-in page's HTML; throws unless it answered 200. */
export async function fetchPage(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body;
}

export async function startListsConsole(stops: Stop[]): Promise<ListsConsole> {
  const workDir = mkdtempSync(path.join(tmpdir(), "bench-lists-"));
  stops.push(() => rmSync(workDir, { recursive: true, force: true }));
  const synapseEnv = startSynapse(path.join(workDir, "synapse.env"), stops);
  const synapseUrl = synapseEnv.SYNAPSE_URL ?? "";
  const sharedSecret = synapseEnv.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "";

  const postgres = await startEmbeddedPostgresProcess({
    dataDir: path.join(workDir, "postgres"),
    port: postgresPort,
  });
  stops.push(() => postgres.stop());
  await migrateDeploy(postgres.url);

  const seeded = await seedLists({ synapseUrl, sharedSecret });

  const consoleUrl = `http://localhost:${consolePort}`;
  const secretsKey = randomBytes(32).toString("hex");
  if (process.env.NEXT_DIST_DIR) benchLog(`using the build in ${process.env.NEXT_DIST_DIR}`);
  const started = await startConsoleProcess({
    port: consolePort,
    env: {
      DATA_DIR: path.join(workDir, "console"),
      DATABASE_URL: postgres.url,
      SYNAPSE_URL: synapseUrl,
      SYNAPSE_REGISTRATION_SHARED_SECRET: sharedSecret,
      SECRETS_KEY: secretsKey,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: consoleUrl,
    },
  });
  stops.push(started.stop);
  benchLog(`console up at ${consoleUrl}`);
  const adminId = `@${BENCH_ADMIN.localpart}:localhost`;
  const cookie = await signInToConsole(consoleUrl, adminId, BENCH_ADMIN.password);
  // The first signed-in page makes the console register its service account and store its token.
  await fetchPage(`${consoleUrl}/users`, cookie);
  const asConsole = adminClient(synapseUrl, await consoleServiceToken(postgres.url, secretsKey));
  return {
    consoleUrl,
    cookie,
    asConsole,
    seedSeconds: seeded.seconds,
    databaseUrl: postgres.url,
    adminId,
  };
}
