// The whole test suite, as `npm test` and CI run it. Fails on the first failing phase and always
// stops the Synapse and PostgreSQL it started.
//
// For working on one area: `TEST_SLOT=n` (1–9) moves every port, Synapse instance and build
// directory so several runs can go on side by side; `TEST_PHASES=integration,e2e` runs only those
// phases (lint, typecheck, unit, integration, e2e); arguments go to Playwright (or, without e2e,
// to the integration tests' vitest), e.g.
// `TEST_SLOT=2 TEST_PHASES=e2e npm test -- e2e/users/users-list.spec.ts`.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { setUpConsoleDatabase } from "../db/database-roles";
import { startEmbeddedPostgresProcess } from "../db/embedded-postgres-process";
import { prepareDatabase } from "../db/prepare-database";
import { allSettledOrThrow, phase, printTimings, run } from "./phases";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const slot = Number(process.env.TEST_SLOT || 0);
if (!Number.isInteger(slot) || slot < 0 || slot > 9) throw new Error("TEST_SLOT must be 0–9");
const suffix = slot === 0 ? "" : `-${slot}`;
const TEST_POSTGRES_PORT = 54340 + slot;
const SYNAPSE_PORT = String(8008 + 20 * slot);
const RATE_LIMITED_PORT = String(8009 + 20 * slot);
const CONSOLE_PORT = String(3100 + 10 * slot);
const SPARE_SYNAPSE_PORT = String(8010 + 20 * slot);
const INTEGRATION_SYNAPSE_PORT = String(8011 + 20 * slot);
const INSTANCES = {
  main: `test${suffix}`,
  rateLimited: `ratelimited${suffix}`,
  /** Started and broken by the resilience specs themselves. */
  spare: `spare${suffix}`,
  /** The integration tests' own, so they run beside the end-to-end tests without sharing state. */
  integration: `int${suffix}`,
};
const slotEnv: Record<string, string> =
  slot === 0
    ? {}
    : {
        NEXT_DIST_DIR: `.next-slot-${slot}`,
        // next build writes its build directory into the tsconfig; keep that out of the real one.
        NEXT_TSCONFIG: `tsconfig.slot-${slot}.json`,
        E2E_OUTPUT_DIR: `test-results-slot-${slot}`,
      };

const PHASES = ["lint", "typecheck", "unit", "integration", "e2e"] as const;
const chosen = (process.env.TEST_PHASES || PHASES.join(",")).split(",");
const runs = (name: (typeof PHASES)[number]) => chosen.includes(name);

function parseEnvFile(text: string): Record<string, string> {
  const entries = text
    .split("\n")
    .filter((line) => line.includes("=") && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]);
  return Object.fromEntries(entries);
}

async function startSynapse(
  workDir: string,
  instance: string,
  port: string,
  extra: Record<string, string> = {},
) {
  const envFile = path.join(workDir, `synapse-${instance}.env`);
  const env = {
    SYNAPSE_INSTANCE: instance,
    SYNAPSE_PORT: port,
    SYNAPSE_ENV_FILE: envFile,
    ...extra,
  };
  await run("bash", [path.join(root, "scripts/test/synapse/start.sh"), envFile], env);
  return envFile;
}

/** A Synapse with the e2e users registered, as an environment for the tests. */
async function startSeededSynapse(workDir: string, instance: string, port: string) {
  const envFile = await startSynapse(workDir, instance, port);
  await run(bin("tsx"), [path.join(root, "scripts/test/synapse/seed.ts"), envFile]);
  return parseEnvFile(await readFile(envFile, "utf8"));
}

/**
 * The Synapses the tests talk to: the main one with the e2e users, one of the integration tests'
 * own (same users) so both suites can run at once, and one with low rate limits for the 429
 * tests, which register users of their own and share it.
 */
async function startSynapses(workDir: string) {
  const e2e = await startSeededSynapse(workDir, INSTANCES.main, SYNAPSE_PORT);
  const integration = await startSeededSynapse(
    workDir,
    INSTANCES.integration,
    INTEGRATION_SYNAPSE_PORT,
  );
  const limited = parseEnvFile(
    await readFile(
      await startSynapse(workDir, INSTANCES.rateLimited, RATE_LIMITED_PORT, {
        SYNAPSE_RATE_LIMITED: "1",
      }),
      "utf8",
    ),
  );
  const rateLimited = {
    SYNAPSE_RATE_LIMITED_URL: limited.SYNAPSE_URL ?? "",
    SYNAPSE_RATE_LIMITED_SHARED_SECRET: limited.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "",
  };
  return { e2e: { ...e2e, ...rateLimited }, integration: { ...integration, ...rateLimited } };
}

/**
 * One PostgreSQL with a database per purpose, each owned by the owner role; tests and consoles
 * run as the app role (as `npm start` does), so the suite proves the app needs no more than it has.
 */
async function startPostgres(workDir: string) {
  const postgres = await startEmbeddedPostgresProcess({
    dataDir: path.join(workDir, "postgres"),
    port: TEST_POSTGRES_PORT,
  });
  const passwords = {
    owner: randomBytes(12).toString("hex"),
    app: randomBytes(12).toString("hex"),
  };
  const setUp = (name: string) => setUpConsoleDatabase(postgres.serverUrl, name, passwords);
  const urls = {
    integration: await setUp("console_integration"),
    integrationWaiting: await setUp("console_integration_waiting"),
    e2e: await setUp("console_e2e"),
    e2eSetup: await setUp("console_e2e_setup"),
    e2eSpare: await setUp("console_e2e_spare"),
  };
  await Promise.all([prepareDatabase(urls.integration), prepareDatabase(urls.integrationWaiting)]);
  return { postgres, urls };
}

const cleanups: Array<() => Promise<unknown>> = [];

/** Stops what was started; also runs when a library crashes the process with an unhandled error. */
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  printTimings();
}

process.on("uncaughtException", (error) => {
  console.error(error);
  void cleanUp().finally(() => process.exit(1));
});

async function main() {
  const workDir = await mkdtemp(path.join(tmpdir(), "synapse-console-test-"));
  cleanups.push(() => rm(workDir, { recursive: true, force: true }));
  for (const instance of Object.values(INSTANCES)) {
    cleanups.push(() =>
      run("bash", [path.join(root, "scripts/test/synapse/stop.sh")], {
        SYNAPSE_INSTANCE: instance,
      }),
    );
  }
  if (slotEnv.NEXT_TSCONFIG) {
    await writeFile(path.join(root, slotEnv.NEXT_TSCONFIG), '{ "extends": "./tsconfig.json" }\n');
  }
  try {
    const testsNeedRig = runs("integration") || runs("e2e");
    // The rig (Synapse, Chromium, PostgreSQL: installs and start-ups that mostly wait on the
    // network and the disk) starts now and comes up while the checks below use the CPU.
    const synapsesUp = testsNeedRig ? startSynapses(workDir) : null;
    const postgresUp = testsNeedRig
      ? startPostgres(workDir).then(
          (started) => (cleanups.push(() => started.postgres.stop()), started),
        )
      : null;
    const rig =
      synapsesUp && postgresUp
        ? allSettledOrThrow([
            synapsesUp,
            // A few seconds later, so the Synapse build takes the apt lock first and Chromium's
            // longer install waits for it, not the other way round (both take it on a fresh machine).
            delay(5_000).then(() =>
              run("bash", [path.join(root, "scripts/test/ensure-chromium.sh")]),
            ),
            postgresUp,
          ] as const)
        : null;
    // Awaited below; a failed check must not leave its rejection unhandled meanwhile.
    rig?.catch(() => undefined);

    const checks = (async () => {
      // ESLint and tsc each use one core: side by side they take the time of the longer one.
      await allSettledOrThrow([
        runs("lint")
          ? phase("lint", () => run("npm", ["run", "--silent", "lint"]))
          : Promise.resolve(),
        runs("typecheck")
          ? phase("type check", () => run("npm", ["run", "--silent", "typecheck"]))
          : Promise.resolve(),
      ] as const);
      if (runs("unit"))
        await phase("unit tests", () => run(bin("vitest"), ["run", "--project", "unit"]));
    })();
    // A failed check fails the run: the integration tests already going are stopped.
    const checksFailed = new AbortController();
    checks.catch(() => checksFailed.abort());

    const databaseEnvOf = (
      database: Awaited<ReturnType<typeof startPostgres>>,
      urls = database.urls.integration,
    ) => ({
      DATABASE_URL: urls.appUrl,
      // For tests that must act as the owner (roles, grants) or create databases; never the app.
      DATABASE_OWNER_URL: urls.ownerUrl,
      TEST_POSTGRES_SUPERUSER_URL: database.postgres.serverUrl,
    });
    // Without e2e, arguments pick integration test files: then they run as one process.
    const chosenFiles = runs("e2e") ? [] : process.argv.slice(2);

    // Settles once the production build is done (or will not be made): see the waiting
    // integration files below.
    let buildSettled: () => void = () => undefined;
    const buildDone = new Promise<void>((resolve) => (buildSettled = resolve));
    if (!runs("e2e")) buildSettled();
    // A failed check makes no build: what waited for it goes on (and is stopped with the rest).
    checks.catch(() => buildSettled());

    // The integration tests start as soon as their Synapse and database are up, beside the
    // checks: the CPU is full from the checks to the end either way, and started with the
    // end-to-end tests they ran about two minutes alone at the end, the CPU half idle (waiting
    // on job ticks and grace periods).
    const integration =
      runs("integration") && synapsesUp && postgresUp
        ? Promise.all([synapsesUp, postgresUp]).then(([synapses, database]) => {
            const vitest = (
              project: string,
              urls: typeof database.urls.integration,
              env: Record<string, string> = {},
            ) =>
              run(
                bin("vitest"),
                [
                  "run",
                  "--project",
                  project,
                  // Chosen files are looked for in both projects; either may hold none of them.
                  ...(chosenFiles.length > 0 ? [...chosenFiles, "--passWithNoTests"] : []),
                ],
                { ...synapses.integration, ...databaseEnvOf(database, urls), ...env },
                checksFailed.signal,
              );
            // The files that mostly wait on real time (vitest.config.mts) run beside the others
            // once the build is done. Started with the checks, they took CPU from ESLint, tsc and
            // the build, the run's longest path (build 47–58 s alone, 112 s beside them); beside
            // the end-to-end tests their waits cost nothing.
            const waiting = buildDone.then(() =>
              // A service account of their own on the shared Synapse: signing it in adds a
              // device, which a test of the others compares before and after its calls.
              vitest("integration-waiting", database.urls.integrationWaiting, {
                SYNAPSE_SERVICE_LOCALPART: "console-bot-waiting",
              }),
            );
            return phase("integration tests", () =>
              allSettledOrThrow([
                vitest("integration", database.urls.integration),
                waiting,
              ] as const).then(() => undefined),
            );
          })
        : Promise.resolve();

    // The production build waits for the checks: a run whose checks fail ends before the slow
    // suites start, and the build does not take the CPU from ESLint and tsc meanwhile.
    const endToEnd =
      runs("e2e") && rig
        ? checks.then(async () => {
            const [[synapses, , database]] = await phase("test rig and production build", () =>
              allSettledOrThrow([
                rig,
                run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", ...slotEnv }),
              ] as const),
            ).finally(buildSettled);
            await phase("end-to-end tests", () =>
              run(bin("playwright"), ["test", ...process.argv.slice(2)], {
                ...synapses.e2e,
                ...databaseEnvOf(database),
                ...slotEnv,
                E2E_DATABASE_URL: database.urls.e2e.appUrl,
                E2E_DATABASE_OWNER_URL: database.urls.e2e.ownerUrl,
                E2E_SETUP_DATABASE_URL: database.urls.e2eSetup.appUrl,
                E2E_SETUP_DATABASE_OWNER_URL: database.urls.e2eSetup.ownerUrl,
                E2E_WORK_DIR: workDir,
                E2E_AUTH_DIR: path.join(workDir, "auth"),
                E2E_CONSOLE_PORT: CONSOLE_PORT,
                E2E_SPARE_DATABASE_URL: database.urls.e2eSpare.appUrl,
                E2E_SPARE_DATABASE_OWNER_URL: database.urls.e2eSpare.ownerUrl,
                E2E_SPARE_SYNAPSE_INSTANCE: INSTANCES.spare,
                E2E_SPARE_SYNAPSE_PORT: SPARE_SYNAPSE_PORT,
              }),
            );
          })
        : Promise.resolve();

    try {
      // The two suites have a Synapse and databases each, so they run side by side.
      await allSettledOrThrow([checks, integration, endToEnd] as const);
    } finally {
      // Nothing may still be starting when clean-up stops it.
      await rig?.catch(() => undefined);
    }
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
