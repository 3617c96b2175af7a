// `npm run bench:devices`: the console's device scan against (a) a sequential loop of the same
// admin API calls, as scripts do it, and (b) a plain concurrent fetch loop at the same
// concurrency; and the Devices page's stale filter query on the snapshot. Starts its own Synapse
// (instance "benchdevices", port 8096) and embedded PostgreSQL (port 54361), seeds users with two
// devices each (shared-secret registration gives one, a password login another), ages a third of
// the devices in Synapse's own database, measures, prints a table, and stops what it started.
// Synapse keeps its data in PostgreSQL (a database of its own on the same server), as production
// servers do; BENCH_SYNAPSE_DATABASE=sqlite uses the test rig's SQLite instead.
// Env: BENCH_USERS (5000), BENCH_CONCURRENCY (8), BENCH_SEED_CONCURRENCY (16), BENCH_QUERY_N (50),
// BENCH_SYNAPSE_DATABASE (postgres).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { countStaleDevices, findStaleDevices } from "../../lib/devices/stale-query";
import { scanDevices } from "../../lib/devices/scan-devices";
import { staleRuleSchema } from "../../lib/devices/stale-rule";
import { db } from "../../lib/db";
import { createTestRun, testRunContext } from "../../lib/devices/testing/test-run";
import {
  createSynapseClient,
  createSynapseHttp,
  mapWithConcurrency,
  registerWithSharedSecret,
} from "../../lib/synapse";
import { loginWithPassword } from "../../lib/synapse/session";
import { startBenchStack } from "./bench-stack";
import { percentile } from "./measure";

const USERS = Number(process.env.BENCH_USERS || 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);
const SEED_CONCURRENCY = Number(process.env.BENCH_SEED_CONCURRENCY || 16);
const QUERY_N = Number(process.env.BENCH_QUERY_N || 50);
const SYNAPSE_PORT = 8096;
const POSTGRES_PORT = 54361;
const DAY_MS = 86_400_000;
const SYNAPSE_ON_SQLITE = process.env.BENCH_SYNAPSE_DATABASE === "sqlite";

const stops: Array<() => Promise<void> | void> = [];
const log = (line: string) => console.log(`[bench] ${line}`);

const AGE_DEVICES_SQL = {
  users: "UPDATE users SET creation_ts = $1 WHERE name LIKE '@benchdev-%'",
  devices: `UPDATE devices SET last_seen = $1 - (floor(random() * 400) + 1)::bigint * ${DAY_MS},
    ip = '198.51.100.7', user_agent = 'OldClient/1.0'
    WHERE user_id LIKE '@benchdev-%' AND random() < 1.0 / 3`,
};

/** Ages every third device by 1–400 days and every user by a year, in Synapse's PostgreSQL. */
async function ageDevicesInPostgres(synapseDatabaseUrl: string) {
  const client = new pg.Client({ connectionString: synapseDatabaseUrl });
  await client.connect();
  try {
    const now = Date.now();
    await client.query(AGE_DEVICES_SQL.users, [Math.floor((now - 365 * DAY_MS) / 1000)]);
    await client.query(AGE_DEVICES_SQL.devices, [now]);
  } finally {
    await client.end();
  }
}

/** The same ageing in the test rig's SQLite file. */
function ageDevicesInSqlite(logFile: string) {
  const marker = logFile.lastIndexOf("/srv/");
  const rootfs = logFile.slice(0, marker);
  const database = path.posix.join(path.posix.dirname(logFile.slice(marker)), "homeserver.db");
  const now = Date.now();
  const script = [
    "import sqlite3, sys",
    "db = sqlite3.connect(sys.argv[1], timeout=30)",
    `db.execute("UPDATE users SET creation_ts = ? WHERE name LIKE '@benchdev-%'", (${Math.floor((now - 365 * DAY_MS) / 1000)},))`,
    `db.execute("UPDATE devices SET last_seen = ? - (abs(random()) % 400 + 1) * ${DAY_MS}, ip = '198.51.100.7', user_agent = 'OldClient/1.0' WHERE user_id LIKE '@benchdev-%' AND abs(random()) % 3 = 0", (${now},))`,
    "db.commit()",
  ].join("\n");
  execFileSync("chroot", [rootfs, "python3", "-c", script, database]);
}

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), "bench-devices-"));
  stops.push(() => rmSync(workDir, { recursive: true, force: true }));
  const stack = await startBenchStack({
    workDir,
    name: "devices",
    synapsePort: SYNAPSE_PORT,
    postgresPort: POSTGRES_PORT,
    synapseOnSqlite: SYNAPSE_ON_SQLITE,
  });
  stops.push(stack.stop);
  const { synapseEnv, synapseDatabaseUrl } = stack;
  log(`Synapse keeps its data in ${synapseDatabaseUrl ? "PostgreSQL" : "SQLite"}`);
  // The app modules read their settings once, on first use.
  process.env.DATABASE_URL = stack.databaseUrl;
  process.env.SECRETS_KEY ||= "be7c".repeat(16);
  process.env.NEXTAUTH_SECRET ||= "bench-devices-only-nextauth-secret-0123456789";
  process.env.SYNAPSE_URL = synapseEnv.SYNAPSE_URL;
  process.env.SYNAPSE_REGISTRATION_SHARED_SECRET = synapseEnv.SYNAPSE_REGISTRATION_SHARED_SECRET;
  const synapseUrl = synapseEnv.SYNAPSE_URL ?? "";
  const admin = await seed(synapseUrl, synapseEnv.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "");
  if (synapseDatabaseUrl) await ageDevicesInPostgres(synapseDatabaseUrl);
  else ageDevicesInSqlite(synapseEnv.SYNAPSE_LOG_FILE ?? "");
  log("aged a third of the devices and every account");
  await measure(synapseUrl, admin);
}

const http = (synapseUrl: string) =>
  createSynapseHttp({ baseUrl: synapseUrl, timeoutMs: 30_000, maxRetryWaitMs: 30_000 });

/** Registers the users (one device each) and logs each in once more (a second device). */
async function seed(synapseUrl: string, sharedSecret: string) {
  const started = performance.now();
  const adminLogin = await registerWithSharedSecret(http(synapseUrl), {
    sharedSecret,
    username: "benchdev-admin",
    password: "benchdev-admin-password",
    admin: true,
  });
  const admin = createSynapseClient({
    baseUrl: synapseUrl,
    tokenSource: { getToken: async () => adminLogin.access_token },
    timeoutMs: 30_000,
    maxRetryWaitMs: 30_000,
  });
  const indexes = Array.from({ length: USERS }, (_, index) => index);
  const settled = await mapWithConcurrency(indexes, SEED_CONCURRENCY, async (index) => {
    const username = `benchdev-${String(index).padStart(5, "0")}`;
    const password = `pw-${username}`;
    await registerWithSharedSecret(http(synapseUrl), {
      sharedSecret,
      username,
      password,
      admin: false,
    });
    await loginWithPassword(http(synapseUrl), { user: username, password });
  });
  const failed = settled.filter((outcome) => !outcome.ok);
  if (failed.length > 0)
    throw new Error(`${failed.length} users could not be seeded`, { cause: failed[0] });
  log(
    `seeded ${USERS} users with 2 devices each in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return { client: admin, token: adminLogin.access_token };
}

type Admin = Awaited<ReturnType<typeof seed>>;

/** Every active user's ID, page by page, as any of the three loops must start with. */
async function listAllUsers(admin: Admin) {
  const ids: string[] = [];
  let from: string | undefined;
  do {
    const page = await admin.client.users.list({
      from,
      limit: 500,
      deactivated: false,
      locked: true,
      order_by: "name",
    });
    ids.push(...page.users.map((user) => user.name));
    from = page.next_token;
  } while (from !== undefined);
  return ids;
}

/** One device list with plain fetch, answer parsed as JSON: what a hand-written script does. */
async function fetchDevices(synapseUrl: string, token: string, userId: string) {
  const response = await fetch(
    `${synapseUrl}/_synapse/admin/v2/users/${encodeURIComponent(userId)}/devices`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${userId}`);
  return (await response.json()) as { devices: unknown[] };
}

async function seconds(work: () => Promise<unknown>) {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function consoleScan(admin: Admin) {
  const runId = await createTestRun("device_scan", {}, "@bench:localhost");
  const context = testRunContext(runId, { requestedBy: "@bench:localhost" });
  const summary = await scanDevices(
    admin.client,
    { concurrency: CONCURRENCY, pageSize: 500 },
    context,
  );
  if (!summary.complete || summary.failedUsers > 0)
    throw new Error(`scan incomplete: ${JSON.stringify(summary)}`);
  return summary;
}

async function measure(synapseUrl: string, admin: Admin) {
  // Warm Synapse's caches and the connection pools alike for all three.
  await listAllUsers(admin);
  let devicesSeen = 0;
  const sequential = await seconds(async () => {
    for (const userId of await listAllUsers(admin))
      devicesSeen += (await fetchDevices(synapseUrl, admin.token, userId)).devices.length;
  });
  const concurrent = await seconds(async () => {
    const ids = await listAllUsers(admin);
    await mapWithConcurrency(ids, CONCURRENCY, (userId) =>
      fetchDevices(synapseUrl, admin.token, userId),
    );
  });
  // The console's Synapse client alone (no database), to tell client cost from write cost.
  const clientOnly = await seconds(async () => {
    const ids = await listAllUsers(admin);
    await mapWithConcurrency(ids, CONCURRENCY, (userId) => admin.client.devices.list(userId));
  });
  let summary: Awaited<ReturnType<typeof consoleScan>> | undefined;
  const scan = await seconds(async () => {
    summary = await consoleScan(admin);
  });
  const snapshot = await db.deviceSnapshot.findUniqueOrThrow({
    where: { id: summary?.snapshotId ?? "" },
  });

  const rule = staleRuleSchema.parse({
    olderThanDays: 90,
    neverSeenCreatedBeforeDays: 180,
    keepMostRecent: 1,
    excludeUsers: ["@*-bridge:*", "@_discord_*"],
    onlyUsers: [],
    userContains: null,
  });
  const query = {
    snapshotId: snapshot.id,
    rule,
    asOf: snapshot.completedAt ?? new Date(),
    excludeUsers: rule.excludeUsers,
  };
  const times: number[] = [];
  let stale = { devices: 0, users: 0 };
  for (let i = 0; i < QUERY_N + 5; i++) {
    const started = performance.now();
    // What the page runs for the dry run: one page of the list and the counts.
    const [, counts] = await Promise.all([
      findStaleDevices(query, { limit: 50, offset: 0 }),
      countStaleDevices(query),
    ]);
    stale = counts;
    if (i >= 5) times.push(performance.now() - started);
  }
  const sorted = times.sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);

  console.log(
    `\n${USERS} users, ${snapshot.deviceCount} devices in the snapshot (${devicesSeen} seen by the sequential loop); concurrency ${CONCURRENCY}`,
  );
  console.log("what                                      seconds   console ÷ it   target");
  const line = (what: string, value: number, ratio: string, target: string) =>
    console.log(
      `${what.padEnd(40)} ${value.toFixed(2).padStart(8)}   ${ratio.padStart(12)}   ${target}`,
    );
  line("console device scan (kind, DB writes)", scan, "", "");
  line(
    "(a) sequential loop, same API calls",
    sequential,
    `${(scan / sequential).toFixed(3)}`,
    `≥ 5× faster: ${sequential / scan >= 5 ? "met" : "MISSED"} (${(sequential / scan).toFixed(1)}×)`,
  );
  line(
    `(b) plain concurrent fetch, ${CONCURRENCY} at once`,
    concurrent,
    `${(scan / concurrent).toFixed(2)}`,
    `≤ 1.3×: ${scan / concurrent <= 1.3 ? "met" : "MISSED"}`,
  );
  line(
    "(c) console's client alone, same loop as (b)",
    clientOnly,
    `${(scan / clientOnly).toFixed(2)}`,
    "(for reading: client vs DB cost)",
  );
  console.log(
    `stale filter (page + counts), ${QUERY_N} runs: p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; target p95 < 100 ms: ${p95 < 100 ? "met" : "MISSED"} (${stale.devices} stale devices of ${stale.users} users)`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await db.$disconnect().catch(() => undefined);
    for (const stop of stops.reverse()) await stop();
  });
