// `npm run bench:import`: an import of BENCH_IMPORT_ROWS (5,000) new users (display name, email,
// a generated password) through the console's import run, against a plain concurrent loop of the
// same admin calls at the same concurrency (read the user, look up the email, create with PUT),
// as a hand-written script would make them. Each side creates its own users, so both pay for the
// same work in Synapse; the console adds its audit entries (chained), its run items and the
// sealed passwords. Starts its own Synapse (instance "benchimport", port 8097) and embedded
// PostgreSQL (port 54363), prints a table and stops what it started. Target: ratio ≤ 1.2.
// Env: BENCH_IMPORT_ROWS (5000), BENCH_SYNAPSE_DATABASE (postgres).
import { db } from "../../lib/db";
import { guessImportMapping } from "../../lib/import/import-mapping";
import { readImportRows } from "../../lib/import/import-rows";
import { IMPORT_CONCURRENCY, runUserImport } from "../../lib/import/run-import";
import { readImportFile } from "../../lib/import/read-import-file";
import { createTestRun, testRunContext } from "../../lib/devices/testing/test-run";
import { mapWithConcurrency } from "../../lib/synapse";
import { startBenchConsole } from "./bench-console";
import { runBench, type Stop } from "./run-bench";
import { adminClient } from "./seed-lists";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 5000);
/** Synapse slows as it grows: the sides take turns in rounds, first one then the other first. */
const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS || 5);
const SYNAPSE_ON_SQLITE = process.env.BENCH_SYNAPSE_DATABASE === "sqlite";
const TARGET_RATIO = 1.2;
const BENCH_ACTOR = "@bench:localhost";

const stops: Stop[] = [];
const log = (line: string) => console.log(`[bench] ${line}`);

const localpartOf = (side: string, index: number) =>
  `bench-${side}-${String(index).padStart(5, "0")}`;

function csvOf(side: string, indexes: number[]) {
  const lines = ["user,display name,email"];
  for (const index of indexes) {
    const name = localpartOf(side, index);
    lines.push(`${name},Person ${index} ${side},${name}@example.org`);
  }
  return lines.join("\n");
}

/** A script's loop: per row, is the name free, is the email free, create with a password. */
async function plainLoop(synapseUrl: string, token: string, serverName: string, indexes: number[]) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${synapseUrl}${url}`, {
      method,
      headers,
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const started = performance.now();
  const settled = await mapWithConcurrency(indexes, IMPORT_CONCURRENCY, async (index) => {
    const name = localpartOf("plain", index);
    const userId = encodeURIComponent(`@${name}:${serverName}`);
    if ((await call("GET", `/_synapse/admin/v2/users/${userId}`)) !== 404)
      throw new Error("exists");
    await call(
      "GET",
      `/_synapse/admin/v1/threepid/email/users/${encodeURIComponent(`${name}@example.org`)}`,
    );
    const status = await call("PUT", `/_synapse/admin/v2/users/${userId}`, {
      password: `pw-${name}-${index}`,
      displayname: `Person ${index} plain`,
      admin: false,
      user_type: null,
      threepids: [{ medium: "email", address: `${name}@example.org` }],
    });
    if (status !== 201) throw new Error(`HTTP ${status} creating ${name}`);
  });
  const failed = settled.filter((outcome) => !outcome.ok).length;
  if (failed > 0) throw new Error(`${failed} plain creations failed`);
  return (performance.now() - started) / 1000;
}

/** The console's import of the same rows: its own run, as the engine gives it. */
async function consoleImport(
  serverName: string,
  synapse: ReturnType<typeof adminClient>,
  indexes: number[],
) {
  // The import acts with its importer's console role as granted now (lib/import/run-import.ts).
  await db.roleGrant.upsert({
    where: { matrixId: BENCH_ACTOR },
    create: { matrixId: BENCH_ACTOR, role: "admin", source: "console", grantedBy: "setup" },
    update: {},
  });
  const file = readImportFile(csvOf("console", indexes), "csv");
  const { rows, invalid } = readImportRows(file, guessImportMapping(file.header), serverName);
  const stored = await db.userImport.create({
    data: {
      fileName: "bench.csv",
      format: "csv",
      conflictMode: "skip",
      rows,
      invalid,
      rowCount: rows.length,
      createdBy: BENCH_ACTOR,
      createdByRole: "admin",
    },
  });
  const runOnce = async (dryRun: boolean) => {
    const runId = await createTestRun("user_import", { importId: stored.id, dryRun }, BENCH_ACTOR);
    const context = testRunContext(runId, { requestedBy: BENCH_ACTOR });
    const started = performance.now();
    const summary = await runUserImport(synapse, { importId: stored.id, dryRun }, context);
    return { seconds: (performance.now() - started) / 1000, summary };
  };
  const dry = await runOnce(true);
  const applied = await runOnce(false);
  return {
    dry,
    applied,
    secrets: await db.userImportSecret.count({ where: { importId: stored.id } }),
  };
}

async function main(): Promise<boolean> {
  const { stack, synapseUrl, token } = await startBenchConsole(
    { name: "import", synapsePort: 8097, postgresPort: 54363, synapseOnSqlite: SYNAPSE_ON_SQLITE },
    stops,
  );
  const synapse = adminClient(synapseUrl, token);
  const { user_id: adminId } = await synapse.session.whoAmI();
  const serverName = adminId.slice(adminId.indexOf(":") + 1);
  log(
    `Synapse keeps its data in ${stack.synapseDatabaseUrl ? "PostgreSQL" : "SQLite"}; ${ROWS} rows a side, ${IMPORT_CONCURRENCY} at a time`,
  );

  const totals = { plain: 0, console: 0, dry: 0, created: 0, secrets: 0 };
  const size = Math.ceil(ROWS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    const indexes = Array.from({ length: size }, (_, i) => round * size + i).filter(
      (index) => index < ROWS,
    );
    const sides = [
      async () => (totals.plain += await plainLoop(synapseUrl, token, serverName, indexes)),
      async () => {
        const { dry, applied, secrets } = await consoleImport(serverName, synapse, indexes);
        totals.console += applied.seconds;
        totals.dry += dry.seconds;
        totals.created += (applied.summary as { create?: number }).create ?? 0;
        totals.secrets += secrets;
      },
    ];
    for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
    log(
      `round ${round + 1}/${ROUNDS}: plain ${totals.plain.toFixed(1)} s, console ${totals.console.toFixed(1)} s`,
    );
  }
  const plain = totals.plain;
  const applied = { seconds: totals.console };
  const dry = { seconds: totals.dry };
  const { created, secrets } = totals;
  const ratio = applied.seconds / plain;
  const met = ratio <= TARGET_RATIO && created === ROWS && secrets === ROWS;

  console.log(
    `\n${ROWS} new users a side (display name, email, generated password), ${IMPORT_CONCURRENCY} at a time, ${ROUNDS} rounds taking turns`,
  );
  console.log(
    "what                                             seconds   rows/s    ratio   target",
  );
  const line = (what: string, seconds: number, ratioText: string, target: string) =>
    console.log(
      `${what.padEnd(48)} ${seconds.toFixed(1).padStart(7)}  ${(ROWS / seconds).toFixed(0).padStart(7)}   ${ratioText.padStart(6)}   ${target}`,
    );
  line("plain concurrent loop (GET user, GET email, PUT)", plain, "", "");
  line(
    `console import run (${created} created, audited)`,
    applied.seconds,
    ratio.toFixed(2),
    `≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "MISSED"}`,
  );
  line("console dry run of the same rows (reads only)", dry.seconds, "", "");
  console.log(`generated passwords kept sealed for their one showing: ${secrets}`);
  return met;
}

runBench(main, stops);
