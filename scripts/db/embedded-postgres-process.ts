import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import type { RunningPostgres } from "./embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts an embedded PostgreSQL in a child process (see run-embedded-postgres.ts for why) and
 * resolves once it accepts connections.
 */
export function startEmbeddedPostgresProcess(options: {
  dataDir: string;
  port: number;
}): Promise<RunningPostgres> {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "scripts/db/run-embedded-postgres.ts"), options.dataDir, String(options.port)],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.stdin.end();
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`embedded PostgreSQL exited with ${code} before it was ready`)),
    );
    createInterface({ input: child.stdout }).once("line", (line) => {
      const { url } = JSON.parse(line) as { url: string };
      resolve({ url, port: options.port, stop });
    });
  });
}
