// Whether a managed account's token is due for rotation, from what the console stores alone, so the
// Tokens page can count and filter every account without reading its devices from Synapse.

const DAY_MS = 24 * 60 * 60 * 1000;

export type RotationFacts = {
  maxTokenAgeDays: number;
  /** When the console issued the account's current token; null before its first rotation. */
  tokenIssuedAt: Date | null;
  lastRotationOk: boolean | null;
};

export type RotationState = {
  /** Rotating is the next thing to do: never rotated, past the max age, or the last try failed. */
  due: boolean;
  /** When the current token reaches the max age; null while the console has issued none. */
  dueAt: string | null;
  lastFailed: boolean;
};

export function rotationStateOf(facts: RotationFacts, now: Date): RotationState {
  const lastFailed = facts.lastRotationOk === false;
  if (!facts.tokenIssuedAt) return { due: true, dueAt: null, lastFailed };
  const dueAt = new Date(facts.tokenIssuedAt.getTime() + facts.maxTokenAgeDays * DAY_MS);
  return { due: lastFailed || dueAt <= now, dueAt: dueAt.toISOString(), lastFailed };
}
