import { spawn } from "node:child_process";

type PhaseTiming = { name: string; seconds: number; ok: boolean };

const timings: PhaseTiming[] = [];

/** Runs one named phase and keeps its duration for the closing table. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  try {
    const result = await work();
    timings.push({ name, seconds: (performance.now() - started) / 1000, ok: true });
    return result;
  } catch (error) {
    timings.push({ name, seconds: (performance.now() - started) / 1000, ok: false });
    throw error;
  }
}

export function printTimings() {
  console.log("\nphase                          seconds  result");
  for (const timing of timings) {
    console.log(
      `${timing.name.padEnd(30)} ${timing.seconds.toFixed(1).padStart(7)}  ${timing.ok ? "ok" : "FAILED"}`,
    );
  }
}

/**
 * Runs a command with the given extra environment; rejects when it exits non-zero, or is stopped
 * (SIGTERM) when `signal` aborts.
 */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, ...env },
      signal,
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

/** Like Promise.all, but waits for every task before rethrowing the first failure, so nothing is still starting during clean-up. */
export async function allSettledOrThrow<T extends readonly unknown[]>(tasks: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(tasks);
  const failure = results.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
