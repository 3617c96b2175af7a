import { isSynapseError, type SynapseErrorKind } from "@/lib/synapse";
import { sleep } from "@/lib/synapse/sleep";

/** Errors that say "not now" rather than "never": Synapse down, slow, or still rate limiting. */
const TRANSIENT: ReadonlySet<SynapseErrorKind> = new Set([
  "unreachable",
  "timeout",
  "server",
  "rate_limited",
]);

export function isTransient(error: unknown): boolean {
  return isSynapseError(error) && TRANSIENT.has(error.kind);
}

export type Patience = {
  /** Waits before the first retry; doubles each time up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** After this long of failing in a row, the error is thrown. */
  giveUpAfterMs: number;
};

export const DEFAULT_PATIENCE: Patience = {
  firstDelayMs: 500,
  maxDelayMs: 15_000,
  giveUpAfterMs: 5 * 60_000,
};

/**
 * Runs `work`, and while Synapse is down or keeps limiting (beyond what the client itself waits
 * out), pauses and tries again, so a long run outlives a restart of Synapse instead of losing items.
 * Rejects with the abort reason once `signal` aborts during a pause.
 */
export async function withPatience<T>(
  work: () => Promise<T>,
  signal: AbortSignal,
  patience: Patience = DEFAULT_PATIENCE,
): Promise<T> {
  const started = Date.now();
  let delay = patience.firstDelayMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || Date.now() - started + delay > patience.giveUpAfterMs) throw error;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, patience.maxDelayMs);
    }
  }
}
