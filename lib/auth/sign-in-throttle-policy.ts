// The rules of the sign-in throttle as plain functions over one counter, so they can be tested
// without a database; lib/auth/sign-in-throttle-store.ts applies them to rows under a lock.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type ThrottleScope = "account" | "address";

export type ThrottleRule = {
  /** Failed sign-ins allowed within one window; the next failure past them starts a lockout. */
  maxFailures: number;
  windowMs: number;
  /** The first lockout; each further one (without a success or a quiet day between) doubles. */
  firstLockoutMs: number;
  maxLockoutMs: number;
};

// An account is guessed at from many addresses, an address guesses at many accounts (and may be a
// whole office behind one NAT), hence a stricter account rule and a looser address rule.
export const THROTTLE_RULES: Record<ThrottleScope, ThrottleRule> = {
  account: {
    maxFailures: 5,
    windowMs: 15 * MINUTE,
    firstLockoutMs: 15 * MINUTE,
    maxLockoutMs: 4 * HOUR,
  },
  address: {
    maxFailures: 30,
    windowMs: 15 * MINUTE,
    firstLockoutMs: 15 * MINUTE,
    maxLockoutMs: 24 * HOUR,
  },
};

/** A counter untouched this long (and not locked) is as good as new, so its row can be pruned. */
export const FORGET_AFTER_MS = 24 * HOUR;

/** Refused attempts written to the audit log per lockout; the others are only counted. */
export const AUDITED_REFUSALS_PER_LOCKOUT = 3;

export type Counter = {
  /** Failures in this window, attempts still under way included (see claimAttempt). */
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
  /** Lockouts so far, which makes the next one longer. */
  lockouts: number;
  /** Attempts refused during the current lockout. */
  refused: number;
  updatedAt: Date;
};

export const newCounter = (now: Date): Counter => ({
  failures: 0,
  windowStartedAt: now,
  lockedUntil: null,
  lockouts: 0,
  refused: 0,
  updatedAt: now,
});

/** The counter as it stands at `now`: an ended lockout, an old window and an old history dropped. */
export function currentCounter(counter: Counter, rule: ThrottleRule, now: Date): Counter {
  let next = { ...counter };
  if (next.lockedUntil && next.lockedUntil <= now) {
    next = {
      ...next,
      lockedUntil: null,
      refused: 0,
      failures: 0,
      windowStartedAt: next.lockedUntil,
    };
  }
  if (now.getTime() - next.windowStartedAt.getTime() >= rule.windowMs) {
    next = { ...next, failures: 0, windowStartedAt: now };
  }
  if (!next.lockedUntil && now.getTime() - counter.updatedAt.getTime() >= FORGET_AFTER_MS) {
    next = { ...next, lockouts: 0 };
  }
  return next;
}

export function lockoutMs(rule: ThrottleRule, lockouts: number): number {
  return Math.min(rule.firstLockoutMs * 2 ** lockouts, rule.maxLockoutMs);
}

export type AttemptVerdict =
  { allowed: true; counter: Counter } | { allowed: false; retryAfterMs: number; counter: Counter };

/**
 * Lets an attempt through and counts it as a failure up front, or refuses it. Counting before the
 * outcome is known keeps many parallel attempts from all passing the check at once; settling
 * gives the count back when the attempt did not fail (afterSuccess, afterNoVerdict).
 */
export function claimAttempt(stored: Counter, rule: ThrottleRule, now: Date): AttemptVerdict {
  const counter = currentCounter(stored, rule, now);
  if (counter.lockedUntil) {
    return {
      allowed: false,
      retryAfterMs: counter.lockedUntil.getTime() - now.getTime(),
      counter: { ...counter, refused: counter.refused + 1, updatedAt: now },
    };
  }
  if (counter.failures >= rule.maxFailures) {
    // The window's allowance is taken by attempts still under way: refuse briefly.
    return { allowed: false, retryAfterMs: MINUTE, counter };
  }
  return { allowed: true, counter: { ...counter, failures: counter.failures + 1, updatedAt: now } };
}

/** After a wrong password or token: once the window's failures are used up, the lockout starts. */
export function afterFailure(stored: Counter, rule: ThrottleRule, now: Date): Counter {
  const counter = { ...currentCounter(stored, rule, now), updatedAt: now };
  if (counter.lockedUntil || counter.failures < rule.maxFailures) return counter;
  return {
    ...counter,
    failures: 0,
    lockedUntil: new Date(now.getTime() + lockoutMs(rule, counter.lockouts)),
    lockouts: counter.lockouts + 1,
    refused: 0,
  };
}

/** After an attempt that proved nothing either way (homeserver down, no console role): not a failure. */
export function afterNoVerdict(stored: Counter, rule: ThrottleRule, now: Date): Counter {
  const counter = currentCounter(stored, rule, now);
  return { ...counter, failures: Math.max(counter.failures - 1, 0), updatedAt: now };
}
