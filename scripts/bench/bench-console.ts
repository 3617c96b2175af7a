// What the benches that run the console's own code against Synapse (policy, import) start: the
// bench stack in a work directory of their own, an admin of that Synapse whose token the console
// uses as its service account, and the app's settings pointing at both.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBenchStack, type BenchStack } from "./bench-stack";
import type { Stop } from "./run-bench";
import { benchAdminToken } from "./seed-lists";

export type BenchConsole = { stack: BenchStack; synapseUrl: string; token: string };

export async function startBenchConsole(
  options: { name: string; synapsePort: number; postgresPort: number; synapseOnSqlite: boolean },
  stops: Stop[],
): Promise<BenchConsole> {
  const workDir = mkdtempSync(path.join(tmpdir(), `bench-${options.name}-`));
  stops.push(() => rmSync(workDir, { recursive: true, force: true }));
  const stack = await startBenchStack({ workDir, ...options });
  stops.push(stack.stop);
  const synapseUrl = stack.synapseEnv.SYNAPSE_URL ?? "";
  const token = await benchAdminToken({
    synapseUrl,
    sharedSecret: stack.synapseEnv.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "",
  });
  // The app modules read their settings once, on first use: set before any of them runs.
  process.env.DATABASE_URL = stack.databaseUrl;
  process.env.SECRETS_KEY ||= "be7c".repeat(16);
  process.env.NEXTAUTH_SECRET ||= `bench-${options.name}-only-nextauth-secret-0123456789`;
  process.env.SYNAPSE_URL = synapseUrl;
  process.env.SYNAPSE_ADMIN_TOKEN = token;
  return { stack, synapseUrl, token };
}
