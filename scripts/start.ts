// Starts the console as the README's first command does: settings, database (embedded PostgreSQL
// when DATABASE_URL is not set), migrations, a production build when there is none, then Next.js.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { loadOrCreateSecrets } from "./console/generated-secrets";
import { startEmbeddedConsoleDatabase } from "./db/embedded-console-database";
import { DEFAULT_EMBEDDED_PORT } from "./db/embedded-postgres";
import { prepareDatabase } from "./db/prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const log = (line: string) => console.log(`[console] ${line}`);

async function main() {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const dataDir = path.resolve(root, process.env.DATA_DIR || ".data");
  const port = Number(process.env.PORT || 3000);

  const secrets = await loadOrCreateSecrets(dataDir);
  if (secrets.created)
    log(`generated SECRETS_KEY and NEXTAUTH_SECRET in ${dataDir}/secrets.json: back that file up`);
  process.env.SECRETS_KEY ||= secrets.SECRETS_KEY;
  process.env.NEXTAUTH_SECRET ||= secrets.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // The server makes and prints the setup token itself (instrumentation.ts), in every start mode.

  let postgres: { stop(): Promise<void> } | null = null;
  if (!process.env.DATABASE_URL) {
    const embeddedPort = Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_EMBEDDED_PORT);
    const embedded = await startEmbeddedConsoleDatabase({
      dataDir: path.join(dataDir, "postgres"),
      port: embeddedPort,
      secrets,
    });
    postgres = embedded;
    // Migrations as the owner role, the app as the app role (passwords in secrets.json).
    process.env.DATABASE_URL = embedded.appUrl;
    process.env.DATABASE_OWNER_URL = embedded.ownerUrl;
    log(`embedded PostgreSQL running on 127.0.0.1:${embeddedPort} (data in ${dataDir}/postgres)`);
  }
  const stopPostgres = async () => postgres?.stop().catch(() => undefined);

  try {
    parseEnv(process.env);
    await prepareDatabase(
      { appUrl: process.env.DATABASE_URL, ownerUrl: process.env.DATABASE_OWNER_URL },
      (line) => log(`WARNING: ${line}`),
    );
    // Next.js and the worker get only the app role's connection. Set empty, not deleted: Next.js
    // reads .env again, but never over a variable that is set.
    process.env.DATABASE_OWNER_URL = "";
    log("database migrations applied");
    buildWhenMissing();
  } catch (error) {
    await stopPostgres();
    throw error;
  }

  const server = spawn(
    bin("next"),
    ["start", "--port", String(port), "--hostname", process.env.HOSTNAME || "0.0.0.0"],
    {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    },
  );
  log(`Synapse Console on http://localhost:${port}`);
  const worker = startWorker();
  forwardSignals(server);
  server.on("exit", async (code, signal) => {
    await worker?.stopped;
    await stopPostgres();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function buildWhenMissing() {
  if (existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) return;
  log("no production build yet: running next build");
  const result = spawnSync(bin("next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** The jobs worker beside Next.js (scripts/worker.ts), unless JOB_WORKER=off. */
function startWorker() {
  if (process.env.JOB_WORKER === "off") return null;
  const child = spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  forwardSignals(child);
  const stopped = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, stopped };
}

function forwardSignals(child: ChildProcess) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
