/** Attempts in all before a delivery is marked failed. */
export const MAX_ATTEMPTS = 8;

const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * How long to wait after failed attempt number `attempt` (1 for the first): 30 s, doubling each
 * time up to an hour (30 s, 1, 2, 4, 8, 16, 32 min: about an hour in all before the eighth and
 * last), and never less than a 429's retry_after_ms.
 */
export function retryDelayMs(attempt: number, retryAfterMs?: number): number {
  const exponential = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.max(exponential, retryAfterMs ?? 0);
}
