// `npm run bench:lists`: how much slower the console's list pages are than the Synapse admin API
// requests behind them, on a Synapse with 10,000 users and 1,000 rooms. Starts its own Synapse
// (instance "bench"), embedded PostgreSQL and production console, seeds, measures, prints a table
// and stops them all. Needs a production build (`next build`) and the Synapse rig (scripts/test/synapse).
// Env: BENCH_CONSOLE_PORT (3300), BENCH_SYNAPSE_PORT (8098), BENCH_POSTGRES_PORT (54360), BENCH_N (100),
// seed-lists.ts's SEED_USERS, SEED_ROOMS, SEED_CONCURRENCY, and BENCH_SYNAPSE_ENV: the env file of a
// Synapse already running (written by scripts/test/synapse/start.sh), to use and top up instead of
// starting a fresh one; the seeding then creates only what is missing.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import pg from "pg";
import { openSecret } from "../../lib/crypto/secret-box";
import { adminClient, BENCH_ADMIN, seedLists } from "./seed-lists";
import { startEmbeddedPostgresProcess } from "../db/embedded-postgres-process";
import { migrateDeploy } from "../db/migrate";
import { startConsoleProcess, startSynapseInstance } from "../test/stack-processes";
import { signInToConsole } from "./console-session";
import { LIST_CASES } from "./list-cases";
import { recordRequest, replay } from "./recorded-requests";
import { sample, samplePair } from "./measure";
import { printTable, type Row } from "./report";
import { runBench, type Stop } from "./run-bench";

const consolePort = Number(process.env.BENCH_CONSOLE_PORT || 3300);
const synapsePort = Number(process.env.BENCH_SYNAPSE_PORT || 8098);
const postgresPort = Number(process.env.BENCH_POSTGRES_PORT || 54360);
const N = Number(process.env.BENCH_N || 100);

const stops: Stop[] = [];
const log = (line: string) => console.log(`[bench] ${line}`);

function startSynapse(envFile: string) {
  const running = process.env.BENCH_SYNAPSE_ENV;
  if (running) {
    log(`using the running Synapse of ${running}`);
    return parseEnv(readFileSync(running, "utf8"));
  }
  const synapse = startSynapseInstance({ instance: "bench", port: synapsePort, envFile });
  stops.push(synapse.stop);
  return synapse.env;
}

async function startConsole(env: Record<string, string>) {
  if (process.env.NEXT_DIST_DIR) log(`using the build in ${process.env.NEXT_DIST_DIR}`);
  const started = await startConsoleProcess({ port: consolePort, env });
  stops.push(started.stop);
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

async function fetchPage(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body;
}

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), "bench-lists-"));
  stops.push(() => rmSync(workDir, { recursive: true, force: true }));
  const synapseEnv = startSynapse(path.join(workDir, "synapse.env"));
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
  await startConsole({
    DATA_DIR: path.join(workDir, "console"),
    DATABASE_URL: postgres.url,
    SYNAPSE_URL: synapseUrl,
    SYNAPSE_REGISTRATION_SHARED_SECRET: sharedSecret,
    SECRETS_KEY: secretsKey,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: consoleUrl,
  });
  log(`console up at ${consoleUrl}`);
  const cookie = await signInToConsole(
    consoleUrl,
    `@${BENCH_ADMIN.localpart}:localhost`,
    BENCH_ADMIN.password,
  );
  // The first signed-in page makes the console register its service account and store its token.
  await fetchPage(`${consoleUrl}/users`, cookie);
  const asConsole = adminClient(synapseUrl, await consoleServiceToken(postgres.url, secretsKey));

  const rows: Row[] = [];
  for (const entry of LIST_CASES) {
    const request = await recordRequest(() => entry.call(asConsole));
    // Timing a page that rendered an error, or other rows, would compare the wrong things.
    const expected = entry.shown(await replay(request));
    const html = await fetchPage(consoleUrl + entry.consolePath, cookie);
    const absent = expected.filter((id) => !html.includes(`>${id}<`));
    if (expected.length === 0 || absent.length > 0) {
      throw new Error(
        `${entry.consolePath} does not show what Synapse answered (${expected.length} rows, missing: ${absent.slice(0, 3).join(", ")})`,
      );
    }
    const [consoleTimes, apiTimes] = await samplePair(
      () => fetchPage(consoleUrl + entry.consolePath, cookie).then(() => undefined),
      () => replay(request).then(() => undefined),
      N,
    );
    rows.push({ page: entry.page, console: consoleTimes, api: apiTimes });
    log(`${entry.page}: ${expected.length} rows checked on the page, measured`);
  }
  // Floors of a console request, for reading the table: a route with one database query, and a
  // page rendered by Next.js with no session, no shell and no Synapse call.
  const floors = {
    "/api/health (a route: one database query)": await sample(
      () => fetch(`${consoleUrl}/api/health`).then((r) => void r.text()),
      N,
    ),
    "/sign-in (a page: no session, no Synapse)": await sample(
      () => fetch(`${consoleUrl}/sign-in`).then((r) => void r.text()),
      N,
    ),
  };
  const passed = printTable(rows, N);
  for (const [what, floor] of Object.entries(floors)) {
    console.log(`console ${what}: p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms`);
  }
  console.log(`seeding: ${seeded.seconds.toFixed(1)} s`);
  return passed;
}

runBench(main, stops);
