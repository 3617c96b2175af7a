// `npm run bench:history`: the History area on a year of audit log (issue 11, "Speed"). Starts its
// own embedded PostgreSQL (port 54364), Synapse (instance "benchhistory", port 8092, its data in
// PostgreSQL) and production console (port 3320); seeds 1,000,000 audit entries with outcomes
// straight into the console's database, as one valid hash chain (seed-history.ts); then measures
//   (1) findHistoryPage by actor, action prefix, target, time range and ten pages deep, a
//       different value each run (target p95 < 50 ms), and the same filters as whole History
//       pages over HTTP, signed in (p95 < 150 ms);
//   (2) the NDJSON export of everything, the console server's RSS sampled every 100 ms
//       (growth < 100 MB);
//   (3) verifyAuditChain over all of it (< 30 s);
//   (4) 50 concurrent audited actions with the chain's trigger and without it;
//   (5) three actions with their "before" read and without it (≤ 10 % added).
// Prints a table, exits 1 when a target is missed, and stops what it started.
// Needs a production build (`next build`; NEXT_DIST_DIR picks another build directory).
// Env: BENCH_HISTORY_ENTRIES (1000000), BENCH_N (40: values per filter, runs per action side),
// BENCH_WRITER_ROUNDS (5), BENCH_SYNAPSE_DATABASE (postgres; "sqlite" for the rig's SQLite).
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startBenchStack } from "./bench-stack";
import { signInToConsole } from "./console-session";
import { historyCases, laterPages } from "./history-cases";
import { printHistoryTable, type TableRow } from "./history-report";
import { fetchPage, listenerPid, sampleValues, withRssSampled } from "./history-timing";
import { runBench, type Stop } from "./run-bench";
import { adminClient, BENCH_ADMIN, benchAdminToken } from "./seed-lists";
import { seedHistory } from "./seed-history";
import { startConsoleProcess } from "../test/stack-processes";

const ENTRIES = Number(process.env.BENCH_HISTORY_ENTRIES || 1_000_000);
const N = Number(process.env.BENCH_N || 40);
const WRITER_ROUNDS = Number(process.env.BENCH_WRITER_ROUNDS || 5);
const PORTS = { postgres: 54364, synapse: 8092, console: 3320 };
const TARGETS = {
  queryMs: 50,
  pageMs: 150,
  exportGrowthMb: 100,
  verifySeconds: 30,
  beforeRead: 0.1,
};

const stops: Stop[] = [];
const log = (line: string) => console.log(`[bench] ${line}`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function main(): Promise<boolean> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}: run next build first`);
  }
  const workDir = mkdtempSync(path.join(tmpdir(), "bench-history-"));
  stops.push(() => rmSync(workDir, { recursive: true, force: true }));
  const stack = await startBenchStack({
    workDir,
    name: "history",
    synapsePort: PORTS.synapse,
    postgresPort: PORTS.postgres,
    synapseOnSqlite: process.env.BENCH_SYNAPSE_DATABASE === "sqlite",
  });
  stops.push(stack.stop);
  const rows: TableRow[] = [];

  log(`seeding ${ENTRIES} audit entries with outcomes (load ${load()})`);
  const superuser = new pg.Client({ connectionString: stack.databaseUrl });
  await superuser.connect();
  stops.push(() => superuser.end());
  const seeded = await seedHistory(superuser, ENTRIES);
  log(
    `seeded ${seeded.entries} entries and outcomes in ${seeded.seconds.total.toFixed(0)} s (of which VACUUM ANALYZE ${seeded.seconds.vacuum.toFixed(0)} s); ${seeded.byActor.size} actors, ${seeded.jobRuns.length} job runs (load ${load()})`,
  );

  // The app's modules read their settings once, on first use.
  const synapseUrl = stack.synapseEnv.SYNAPSE_URL ?? "";
  const sharedSecret = stack.synapseEnv.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "";
  const secrets = {
    SECRETS_KEY: randomBytes(32).toString("hex"),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  };
  Object.assign(process.env, {
    DATABASE_URL: stack.databaseUrl,
    SYNAPSE_URL: synapseUrl,
    SYNAPSE_REGISTRATION_SHARED_SECRET: sharedSecret,
    ...secrets,
  });
  const { verifyAuditChain, describeChainReport } = await import("../../lib/audit/verify-chain");
  const { findHistoryPage } = await import("../../lib/data/audit-history");
  const { historySearchString } = await import("../../lib/schemas/history-filter");

  const verifyStarted = performance.now();
  const report = await verifyAuditChain(superuser);
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  log(`${describeChainReport(report)} (${verifySeconds.toFixed(1)} s, load ${load()})`);

  const consoleUrl = `http://localhost:${PORTS.console}`;
  const started = await startConsoleProcess({
    port: PORTS.console,
    env: {
      DATA_DIR: path.join(workDir, "console"),
      DATABASE_URL: stack.databaseUrl,
      SYNAPSE_URL: synapseUrl,
      SYNAPSE_REGISTRATION_SHARED_SECRET: sharedSecret,
      NEXTAUTH_URL: consoleUrl,
      JOB_WORKER: "off",
      ...secrets,
    },
  });
  stops.push(started.stop);
  const adminToken = await benchAdminToken({ synapseUrl, sharedSecret });
  const cookie = await signInToConsole(
    consoleUrl,
    `@${BENCH_ADMIN.localpart}:localhost`,
    BENCH_ADMIN.password,
  );
  log(`console up at ${consoleUrl}, signed in (load ${load()})`);

  const cases = historyCases(seeded, N);
  cases.push(
    await laterPages(
      cases,
      N,
      async (filter) => (await findHistoryPage("admin", filter)).nextBefore,
    ),
  );
  for (const historyCase of cases) {
    const query = await sampleValues(historyCase.filters, (filter) =>
      findHistoryPage("admin", filter),
    );
    rows.push({ what: `query ${historyCase.name}`, ...query, unit: "ms", target: TARGETS.queryMs });
  }
  for (const historyCase of cases) {
    // Timing a page that shows an error, or other rows, would time the wrong thing.
    const first = historyCase.filters[0] ?? {};
    const expected = (await findHistoryPage("admin", first)).rows[0]?.id;
    const html = await fetchPage(`${consoleUrl}/history${historySearchString(first)}`, cookie);
    if (!expected || !html.includes(`/history/${expected}"`)) {
      throw new Error(`/history${historySearchString(first)} does not show entry ${expected}`);
    }
    const page = await sampleValues(historyCase.filters, (filter) =>
      fetchPage(`${consoleUrl}/history${historySearchString(filter)}`, cookie),
    );
    rows.push({ what: `page ${historyCase.name}`, ...page, unit: "ms", target: TARGETS.pageMs });
  }
  // For reading the page times: a page Next.js renders with no session and no query.
  const floor = await sampleValues(Array(N).fill(`${consoleUrl}/sign-in`), (url: string) =>
    fetch(url).then((response) => response.text()),
  );
  rows.push({
    what: "page floor: /sign-in, no session or query",
    ...floor,
    unit: "ms",
    target: null,
  });
  log(`History queries and pages measured (${N} values per filter, load ${load()})`);

  const exported = await measureExport(consoleUrl, cookie);
  log(
    `export: ${exported.lines} lines, ${(exported.bytes / 1e6).toFixed(0)} MB in ${exported.seconds.toFixed(1)} s; server RSS ${mb(exported.before)} MB before, at most ${exported.byQuarter.map(mb).join(", ")} MB by a quarter, half, three quarters and all of it (${exported.samples} samples, load ${load()})`,
  );

  const { measureWriters, measureBeforeReads } = await import("./history-actions");
  const writers = await measureWriters(stack.databaseUrl, 50, WRITER_ROUNDS);
  const synapse = adminClient(synapseUrl, adminToken);
  const userIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const userId = `@bench-history-${i}:localhost`;
    await synapse.users.update(userId, { displayname: `Bench History ${i}` });
    userIds.push(userId);
  }
  const beforeReads = await measureBeforeReads(synapse, userIds, N);
  log(`writers and before-reads measured (load ${load()})`);

  return printHistoryTable({
    entries: seeded.entries,
    seedSeconds: seeded.seconds.total,
    n: N,
    rows,
    exported: { ...exported, growthTargetMb: TARGETS.exportGrowthMb },
    verify: {
      seconds: verifySeconds,
      intact: report.problem === null,
      links: report.links,
      target: TARGETS.verifySeconds,
    },
    writers: { ...writers, rounds: WRITER_ROUNDS },
    beforeReads: { results: beforeReads, target: TARGETS.beforeRead },
    load: load(),
  });
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Downloads the whole History as NDJSON, counting bytes and lines, while sampling the server's RSS. */
async function measureExport(consoleUrl: string, cookie: string) {
  const pid = listenerPid(PORTS.console);
  // An export of nothing first, so the route's first load (its code, its first query) is not
  // counted as growth with the size of the export.
  const empty = await fetch(
    `${consoleUrl}/api/v1/history/export?format=ndjson&actor=@nobody:localhost`,
    {
      headers: { cookie },
    },
  );
  if (empty.status !== 200) throw new Error(`the empty export answered ${empty.status}`);
  await empty.text();
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  const sampled = await withRssSampled(
    pid,
    async () => {
      const response = await fetch(`${consoleUrl}/api/v1/history/export?format=ndjson`, {
        headers: { cookie },
      });
      if (response.status !== 200 || !response.body) {
        throw new Error(
          `the export answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
        );
      }
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        const chunk = read.value;
        bytes += chunk.byteLength;
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
      }
    },
    () => bytes,
  );
  return {
    bytes,
    lines,
    seconds: (performance.now() - started) / 1000,
    before: sampled.before,
    peak: sampled.peak,
    byQuarter: sampled.byQuarter,
    samples: sampled.samples,
  };
}

runBench(main, stops);
