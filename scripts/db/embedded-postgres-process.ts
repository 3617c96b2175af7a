import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
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
  /** The superuser's password; random when not given. */
  password?: string;
}): Promise<RunningPostgres> {
  const password = options.password ?? randomBytes(24).toString("base64url");
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "scripts/db/run-embedded-postgres.ts"), options.dataDir, String(options.port)],
    // The password goes by the environment: arguments show in `ps`.
    {
      stdio: ["pipe", "pipe", "inherit"],
      env: { ...process.env, EMBEDDED_POSTGRES_PASSWORD: password },
    },
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
      const { url, serverUrl } = JSON.parse(line) as { url: string; serverUrl: string };
      resolve({ url, serverUrl, port: options.port, stop });
    });
  });
}
