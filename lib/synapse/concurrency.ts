export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs fn over items with at most `limit` calls in flight, and returns each item's outcome in the
 * items' order; one failure does not stop the others. Once `signal` aborts, items not yet started
 * fail with the abort reason (calls already running get the signal and may stop early).
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number, signal?: AbortSignal) => Promise<R>,
  options: { signal?: AbortSignal } = {},
): Promise<Array<Settled<R>>> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number of at least 1, not ${limit}`);
  const { signal } = options;
  const results = new Array<Settled<R>>(items.length);
  let next = 0;

  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      if (signal?.aborted) {
        results[index] = { ok: false, error: signal.reason };
        continue;
      }
      try {
        // Indexes below items.length always hold an item; the cast only tells the compiler so.
        results[index] = { ok: true, value: await fn(items[index] as T, index, signal) };
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
  await Promise.all(workers);
  return results;
}

/** Runs a task once fewer than the limiter's bound are running; see createLimiter. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A bound on calls in flight shared by tasks that start more tasks as answers come in (a page
 * that tells how many pages follow, an alias whose room is then read), so nothing waits for a
 * whole batch to finish first. Tasks start in the order they were asked for.
 */
export function createLimiter(limit: number): Limiter {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number of at least 1, not ${limit}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    try {
      return await task();
    } finally {
      // A waiting task takes over this slot; only without one does the count drop.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
