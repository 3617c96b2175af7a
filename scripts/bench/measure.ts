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
 * Times each of `fns` `n` times, taking turns one call of each, so a slow moment of the machine
 * (other work on its two cores, a GC) falls on every side instead of one. Calls are sequential:
 * this measures latency, not throughput. `warmUp` untimed rounds come first.
 */
export async function sampleTurns(
  fns: Array<() => Promise<void>>,
  n: number,
  warmUp = 5,
): Promise<Samples[]> {
  for (let i = 0; i < warmUp; i++) for (const fn of fns) await fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < n; i++) {
    for (const [index, fn] of fns.entries()) times[index]?.push(await timed(fn));
  }
  return times.map(summarise);
}

/** sampleTurns of two: `a` and `b` alternating. */
export async function samplePair(
  a: () => Promise<void>,
  b: () => Promise<void>,
  n: number,
  warmUp = 5,
): Promise<[Samples, Samples]> {
  const [first, second] = await sampleTurns([a, b], n, warmUp);
  if (!first || !second) throw new Error("sampleTurns gave fewer sides than asked for");
  return [first, second];
}

/** Times `fn` `n` times one after another, after `warmUp` untimed calls. */
export async function sample(fn: () => Promise<void>, n: number, warmUp = 5): Promise<Samples> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timed(fn));
  return summarise(times);
}
