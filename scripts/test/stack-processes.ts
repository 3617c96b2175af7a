// Starting a Synapse test instance and a production console as child processes, for the
// benchmarks and for specs that need a stack of their own. Paths are relative to the repository
// root, the working directory of npm scripts and Playwright (which compiles this to CommonJS, so
// no import.meta here).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

const root = process.cwd();

function synapseRig(script: "start.sh" | "stop.sh", env: NodeJS.ProcessEnv, args: string[] = []) {
  const result = spawnSync("bash", [path.join(root, "scripts/test/synapse", script), ...args], {
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`scripts/test/synapse/${script} failed`);
}

/** Starts (afresh) the named Synapse instance; returns its env file's values and how to stop it. */
export function startSynapseInstance(options: {
  instance: string;
  port: number;
  envFile: string;
  /** An empty database for Synapse instead of SQLite (see scripts/test/synapse/config.sh). */
  postgresUrl?: string;
}) {
  const env = {
    ...process.env,
    ...(options.postgresUrl ? { SYNAPSE_POSTGRES_URL: options.postgresUrl } : {}),
    SYNAPSE_INSTANCE: options.instance,
    SYNAPSE_PORT: String(options.port),
  };
  const stop = () => synapseRig("stop.sh", env);
  synapseRig("start.sh", env, [options.envFile]);
  return { env: parseEnv(readFileSync(options.envFile, "utf8")), stop };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the console exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Starts the console through the README's launcher on `port` and waits until it is healthy. */
export async function startConsoleProcess(options: {
  port: number;
  env: Record<string, string>;
  timeoutMs?: number;
}) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, ...options.env, PORT: String(options.port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it stops `next start` and the worker too.
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    process.off("exit", stop);
  };
  // Stopped with the process that started it, even when a timed-out test never reaches its own
  // stop: a console left behind keeps writing to this process's closed stderr and spins a core.
  process.once("exit", stop);
  try {
    await waitForHealth(
      `http://localhost:${options.port}/api/health`,
      child,
      options.timeoutMs ?? 120_000,
    );
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `http://localhost:${options.port}`, stop };
}
