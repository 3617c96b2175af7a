import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_BIN = path.join(REPO_ROOT, "node_modules", ".bin", "prisma");
const ENGINE_BRIDGE = path.join(REPO_ROOT, "scripts", "prisma-engine", "schema-engine.mjs");

export type PrismaRunOptions = {
  databaseUrl: string;
  /** Directory holding prisma.config.ts; the repo root by default. */
  cwd?: string;
};

export type PrismaRun = { code: number; output: string };

/** Runs the Prisma CLI (with our wasm engine bridge) against a database; stdout and stderr come back together. */
export function runPrisma(
  args: string[],
  { databaseUrl, cwd = REPO_ROOT }: PrismaRunOptions,
): Promise<PrismaRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA_BIN, args, {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: ENGINE_BRIDGE,
        // The update check would try the network.
        CHECKPOINT_DISABLE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Applies pending migrations (`prisma migrate deploy`); throws with the CLI's output when it fails. */
export async function migrateDeploy(databaseUrl: string): Promise<string> {
  const { code, output } = await runPrisma(["migrate", "deploy"], { databaseUrl });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`);
  return output;
}
