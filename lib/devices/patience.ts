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

const WAITING_BECAUSE: Record<string, string> = {
  unreachable: "Synapse cannot be reached",
  timeout: "Synapse is not answering in time",
  server: "Synapse answers with server errors",
  rate_limited: "Synapse keeps rate limiting the console",
};

/** Says what a pause waits for, for the run's page: "Synapse cannot be reached; trying again in 4 s". */
export function describeWait(error: unknown, delayMs: number): string {
  const kind = isSynapseError(error) ? error.kind : "";
  const because = WAITING_BECAUSE[kind] ?? "Synapse is not available";
  return `${because}; trying again in ${Math.ceil(delayMs / 1000)} s`;
}

/** Told when a pause starts (with what it waits for) and when work goes on after one (null). */
export type WaitNotice = (waitingFor: string | null) => Promise<void> | void;

/**
 * Runs `work`, and while Synapse is down or keeps limiting (beyond what the client itself waits
 * out), pauses and tries again, so a long run outlives a restart of Synapse instead of losing items.
 * Rejects with the abort reason once `signal` aborts during a pause.
 */
export async function withPatience<T>(
  work: () => Promise<T>,
  signal: AbortSignal,
  { patience = DEFAULT_PATIENCE, onWait }: { patience?: Patience; onWait?: WaitNotice } = {},
): Promise<T> {
  const started = Date.now();
  let delay = patience.firstDelayMs;
  let waited = false;
  for (;;) {
    try {
      const result = await work();
      if (waited) await onWait?.(null);
      return result;
    } catch (error) {
      if (!isTransient(error) || Date.now() - started + delay > patience.giveUpAfterMs) throw error;
      waited = true;
      await onWait?.(describeWait(error, delay));
      await sleep(delay, signal);
      delay = Math.min(delay * 2, patience.maxDelayMs);
    }
  }
}
