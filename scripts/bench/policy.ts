// `npm run bench:policy`: the policy editor on a big server (issue 10). Starts its own Synapse
// (instance "benchpolicy", port 8094, its data in PostgreSQL) and embedded PostgreSQL (port 54362),
// seeds 10,000 managed users (admin API, no password, so no bcrypt) and 100 managed public rooms
// made by the console's account, all but 2 × 2,000 of the policy's memberships joined, then
// measures against baselines run in the same process on the same server:
//   (a) the pure planner on the live state (target < 1 s);
//   (b) readLiveState vs the very same Synapse requests (recorded from it) replayed with fetch at
//       its concurrency (target ≤ 1.2×), with the requests each made;
//   (c) the policy_apply job kind applying plans of 2,000 room joins in all (re-check, audit entry
//       and run item per action) vs a plain concurrent loop of 2,000 other admin joins at the same
//       concurrency, in alternating rounds (target ≤ 1.3×);
//   (d) the plan made after the apply has 0 actions.
// Prints a table, exits 1 when a target is missed, and stops what it started.
// Env: BENCH_POLICY_USERS (10000), BENCH_POLICY_ROOMS (100), BENCH_POLICY_JOINS (2000),
// BENCH_POLICY_READS (9: timed reads per side), BENCH_POLICY_ROUNDS (4: the apply and the plain
// loop take turns, first one then the other, each round a share of the joins), BENCH_SEED_CONCURRENCY (16),
// BENCH_SYNAPSE_DATABASE (postgres; "sqlite" for the rig's SQLite).
import { startBenchConsole } from "./bench-console";
import { measurePolicy, type PolicyBenchResult } from "./measure-policy";
import { adminClient } from "./seed-lists";
import { seedPolicyServer, type PolicyBenchShape } from "./seed-policy";
import { createSynapseHttp } from "../../lib/synapse";
import { runBench, type Stop } from "./run-bench";

const SHAPE: PolicyBenchShape = {
  users: Number(process.env.BENCH_POLICY_USERS || 10_000),
  rooms: Number(process.env.BENCH_POLICY_ROOMS || 100),
  joins: Number(process.env.BENCH_POLICY_JOINS || 2_000),
  concurrency: Number(process.env.BENCH_SEED_CONCURRENCY || 16),
};
const READS = Number(process.env.BENCH_POLICY_READS || 9);
const ROUNDS = Number(process.env.BENCH_POLICY_ROUNDS || 4);
const SYNAPSE_ON_SQLITE = process.env.BENCH_SYNAPSE_DATABASE === "sqlite";
const TARGETS = { plannerSeconds: 1, readRatio: 1.2, applyRatio: 1.3 };

const stops: Stop[] = [];
const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<boolean> {
  if (SHAPE.users < 2 * SHAPE.joins) throw new Error("BENCH_POLICY_USERS must be ≥ 2 × joins");
  // The console acts as the benchmark's admin (its service account): the rooms' creator.
  const { stack, synapseUrl, token } = await startBenchConsole(
    { name: "policy", synapsePort: 8094, postgresPort: 54362, synapseOnSqlite: SYNAPSE_ON_SQLITE },
    stops,
  );

  const client = adminClient(synapseUrl, token);
  const { user_id: adminId } = await client.session.whoAmI();
  const serverName = adminId.slice(adminId.indexOf(":") + 1);
  const http = createSynapseHttp({
    baseUrl: synapseUrl,
    timeoutMs: 30_000,
    maxRetryWaitMs: 30_000,
  });
  const seeded = await seedPolicyServer({ client, http, token }, serverName, SHAPE);
  log(`Synapse keeps its data in ${stack.synapseDatabaseUrl ? "PostgreSQL" : "SQLite"}`);

  const result = await measurePolicy({
    synapseUrl,
    token,
    adminId,
    serverName,
    seeded,
    reads: READS,
    rounds: ROUNDS,
  });
  return printTable(result);
}

const seconds = (value: number) => value.toFixed(2).padStart(8);
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

function printTable(result: PolicyBenchResult): boolean {
  const readRatio = result.read.console / result.read.plain;
  const applyRatio = result.apply.console / result.apply.plain;
  const checks = {
    planner: result.plannerSeconds < TARGETS.plannerSeconds,
    read: readRatio <= TARGETS.readRatio,
    apply: applyRatio <= TARGETS.applyRatio && result.apply.applied === SHAPE.joins,
    after: result.actionsAfter === 0,
  };
  console.log(
    `\n${SHAPE.users} managed users, ${SHAPE.rooms} managed rooms, ${SHAPE.joins} joins to apply; reads: p50 of ${READS} per side, taking turns`,
  );
  console.log(
    "what                                              seconds   requests    ratio   target",
  );
  const line = (
    what: string,
    value: number | null,
    requests: string,
    ratio: string,
    target: string,
  ) =>
    console.log(
      `${what.padEnd(48)} ${value === null ? "".padStart(8) : seconds(value)}   ${requests.padStart(8)}   ${ratio.padStart(6)}   ${target}`,
    );
  line(
    `(a) planPolicy on the live state (${result.plannedActions} actions)`,
    result.plannerSeconds,
    "",
    "",
    `< ${TARGETS.plannerSeconds} s: ${verdict(checks.planner)}`,
  );
  line("(b) readLiveState", result.read.console, String(result.read.consoleRequests), "", "");
  line(
    "    plain concurrent replay of its requests",
    result.read.plain,
    String(result.read.plainRequests),
    readRatio.toFixed(2),
    `≤ ${TARGETS.readRatio}: ${verdict(checks.read)}`,
  );
  line("    (console's Synapse client alone, same calls)", result.read.clientOnly, "", "", "");
  line(
    `(c) policy_apply, ${ROUNDS} runs (${result.apply.applied} applied, ${result.apply.failed} failed)`,
    result.apply.console,
    String(result.apply.consoleRequests),
    "",
    "",
  );
  line(
    `    plain concurrent admin joins (${SHAPE.joins})`,
    result.apply.plain,
    String(SHAPE.joins),
    applyRatio.toFixed(2),
    `≤ ${TARGETS.applyRatio}: ${verdict(checks.apply)}`,
  );
  console.log(
    `    (median Synapse answer to one admin join: ${result.apply.joinMs.console.toFixed(0)} ms in the apply, ${result.apply.joinMs.plain.toFixed(0)} ms in the plain loop; to a room's members read that re-checks a chunk of joins: ${result.apply.recheckMs.toFixed(0)} ms)`,
  );
  line(
    `(d) plan after the apply: ${result.actionsAfter} actions`,
    null,
    "",
    "",
    `0: ${verdict(checks.after)}`,
  );
  const passed = Object.values(checks).every(Boolean);
  console.log(passed ? "\nPASS: every target met" : "\nFAIL: a target was missed (see above)");
  return passed;
}

runBench(main, stops);
