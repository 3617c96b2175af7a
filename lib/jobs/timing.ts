/** How often a running worker writes its heartbeat and looks for a cancel request. */
export const HEARTBEAT_MS = 1000;

/**
 * After how long without a heartbeat a running run's worker counts as dead. Shorter than the
 * expiry, so the worker that gets the retried queue job can take the run over at once.
 */
export function staleSeconds(expireSeconds: number): number {
  return Math.min(10, Math.max(2, Math.floor(expireSeconds / 2)));
}

/**
 * How long one worker works a run before handing it back to the queue. pg-boss gives up on a
 * handler at its expiry (and another worker would start), so a long run yields a little earlier
 * and carries on in a fresh queue job, resuming from its recorded items.
 */
export function sliceMs(expireSeconds: number): number {
  const margin = Math.min(30, Math.max(1, Math.floor(expireSeconds / 5)));
  return (expireSeconds - margin) * 1000;
}
