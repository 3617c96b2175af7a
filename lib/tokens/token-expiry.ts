// When a token the console mints stops working by itself, so that no bot token outlives the
// console by much: if nothing rotates it any more, Synapse refuses it after this.

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A day past the rotation period and the grace period: a rotation that fails at the end of its
 * period has that long to be put right before the bot's token stops working.
 */
export const EXPIRY_MARGIN_MS = DAY_MS;

export type ExpiryPolicy = { maxTokenAgeDays: number; graceMinutes: number };

/**
 * The expiry of a token minted at `mintedAt`. The rotation period is the account's max token age:
 * the schedule is meant to rotate within it (the Tokens page warns past it), and the grace period
 * follows while the bot moves to the next token.
 */
export function tokenValidUntil(policy: ExpiryPolicy, mintedAt: Date): Date {
  const period = policy.maxTokenAgeDays * DAY_MS;
  const grace = policy.graceMinutes * 60_000;
  return new Date(mintedAt.getTime() + period + grace + EXPIRY_MARGIN_MS);
}
