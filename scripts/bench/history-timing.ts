// Timing helpers for bench:history: a case's values taken in turn (each run a different value),
// the RSS of a process sampled while something runs, and the History page over HTTP.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { percentile, type Samples } from "./measure";

export function summarise(times: number[]): Samples {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/**
 * Times `run` once per value, one after another, after `warmUp` untimed runs on the first values:
 * latency with a different value each time, so a cache warmed by one value does not flatter the next.
 */
export async function sampleValues<T>(
  values: T[],
  run: (value: T) => Promise<unknown>,
  warmUp = 3,
): Promise<Samples> {
  for (const value of values.slice(0, warmUp)) await run(value);
  const times: number[] = [];
  for (const value of values) {
    const started = performance.now();
    await run(value);
    times.push(performance.now() - started);
  }
  return summarise(times);
}

/** The PID of the process listening on TCP `port` on this machine (the Next.js server). */
export function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process listens on port ${port}: ${out}`);
  return Number(pid);
}

/** VmRSS of a process, in bytes. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/**
 * Runs `work` while sampling `pid`'s RSS every `everyMs`: the RSS before, the highest seen, and
 * the highest seen by the time `progress()` (such as bytes received) reached each quarter of its
 * final value, to tell memory that grows with the work from memory that grows once.
 */
export async function withRssSampled<T>(
  pid: number,
  work: () => Promise<T>,
  progress: () => number,
  everyMs = 100,
) {
  const before = rssOf(pid);
  const samples: Array<{ at: number; rss: number }> = [];
  const timer = setInterval(() => samples.push({ at: progress(), rss: rssOf(pid) }), everyMs);
  try {
    const result = await work();
    samples.push({ at: progress(), rss: rssOf(pid) });
    const end = progress();
    const peakBy = (share: number) =>
      Math.max(before, ...samples.filter((s) => s.at <= share * end).map((s) => s.rss));
    return {
      result,
      before,
      peak: peakBy(1),
      byQuarter: [0.25, 0.5, 0.75, 1].map(peakBy),
      samples: samples.length,
    };
  } finally {
    clearInterval(timer);
  }
}

/** GETs a signed-in console page and reads it whole; throws unless it answered 200. */
export async function fetchPage(url: string, cookie: string): Promise<string> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return body;
}
