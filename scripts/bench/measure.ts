// Timing helpers for the list benchmark: paired samples after a warm-up, and their percentiles.

export type Samples = { p50: number; p95: number };

export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summarise(times: number[]): Samples {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Times `a` and `b` `n` times each, alternating one request of each, so a slow moment of the
 * machine (other work on its two cores, a GC) falls on both sides instead of one. Requests are
 * sequential: this measures latency, not throughput. `warmUp` untimed rounds come first.
 */
export async function samplePair(
  a: () => Promise<void>,
  b: () => Promise<void>,
  n: number,
  warmUp = 5,
): Promise<[Samples, Samples]> {
  for (let i = 0; i < warmUp; i++) {
    await a();
    await b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < n; i++) {
    timesA.push(await timed(a));
    timesB.push(await timed(b));
  }
  return [summarise(timesA), summarise(timesB)];
}

/** Times `fn` `n` times one after another, after `warmUp` untimed calls. */
export async function sample(fn: () => Promise<void>, n: number, warmUp = 5): Promise<Samples> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timed(fn));
  return summarise(times);
}
