// The jobs worker on its own (`npm run worker`), for deployments that run it apart from the web
// server; `npm start` runs this same file as a child process unless JOB_WORKER=off. Run with
// `--conditions=react-server` (as package.json does), since the job kinds share server-only modules.
import { existsSync } from "node:fs";
import path from "node:path";
import { sweepUnfinishedAuditEntries } from "../lib/audit/sweep-unfinished";
import { EnvError } from "../lib/env";
import { startJobEngine } from "../lib/jobs/engine";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[worker] ${line}`);

async function main() {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const engine = await startJobEngine({ log });
  log("jobs worker started");
  // Entries a crashed process left without an outcome say "unknown" instead of staying pending.
  await sweepUnfinishedAuditEntries().then(
    (swept) => swept.length > 0 && log(`${swept.length} unfinished audit entries marked unknown`),
    (error: unknown) => log(`audit sweep failed: ${String(error)}`),
  );
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: handing running jobs back to the queue`);
      engine.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
