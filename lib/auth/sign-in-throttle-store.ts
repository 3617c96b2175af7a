import type { Db } from "@/lib/db";
import {
  AUDITED_REFUSALS_PER_LOCKOUT,
  FORGET_AFTER_MS,
  THROTTLE_RULES,
  afterFailure,
  afterNoVerdict,
  claimAttempt,
  newCounter,
  type Counter,
  type ThrottleScope,
} from "./sign-in-throttle-policy";

/** Whom an attempt counts against: the address always, the account when one was typed. */
export type AttemptKeys = { account?: string; address: string };

export type AttemptOutcome = "success" | "failure" | "no_verdict";

export type ClaimResult =
  | { allowed: true }
  | {
      allowed: false;
      /** The counter that refused: an account lockout is named before an address one. */
      scope: ThrottleScope;
      retryAfterMs: number;
      /** Not locked out: the window's allowance is taken by attempts still under way. */
      busy: boolean;
      /** Whether this refusal is among the first few of its lockout, the ones the audit log keeps. */
      audit: boolean;
      /** Attempts refused so far in this lockout, this one included. */
      refused: number;
    };

type Key = { scope: ThrottleScope; key: string };
type Row = Counter & Key;

function keysOf(keys: AttemptKeys): Key[] {
  const list: Key[] = [{ scope: "address", key: keys.address }];
  if (keys.account) list.push({ scope: "account", key: keys.account });
  // Always the same order, so two attempts never wait for each other's rows the other way round.
  return list.sort((a, b) => `${a.scope}\n${a.key}`.localeCompare(`${b.scope}\n${b.key}`));
}

/**
 * The throttle's counters in PostgreSQL, read and written under row locks in one transaction per
 * step, so several console instances on one database count the same attempts.
 */
export function createSignInThrottleStore(db: Db, homeserverId = "default") {
  type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

  async function lockRows(tx: Tx, keys: Key[], now: Date): Promise<Row[]> {
    await tx.signInThrottle.createMany({
      data: keys.map((key) => ({ homeserverId, ...key, ...newCounter(now) })),
      skipDuplicates: true,
    });
    const rows: Row[] = [];
    for (const { scope, key } of keys) {
      const [row] = await tx.$queryRaw<Row[]>`
        SELECT scope, key, failures, window_started_at AS "windowStartedAt",
               locked_until AS "lockedUntil", lockouts, refused, updated_at AS "updatedAt"
        FROM sign_in_throttle
        WHERE homeserver_id = ${homeserverId} AND scope = ${scope} AND key = ${key}
        FOR UPDATE`;
      rows.push(row ?? { scope, key, ...newCounter(now) });
    }
    return rows;
  }

  // An upsert: the row may have been deleted (a success, a prune) while this transaction waited.
  function write(tx: Tx, row: Row) {
    const { scope, key, ...counter } = row;
    return tx.signInThrottle.upsert({
      where: { homeserverId_scope_key: { homeserverId, scope, key } },
      create: { homeserverId, scope, key, ...counter },
      update: counter,
    });
  }

  /** Counts the attempt up front, or refuses it when the account or the address is locked out. */
  async function claim(keys: AttemptKeys, now = new Date()): Promise<ClaimResult> {
    await prune(now);
    return db.$transaction(async (tx) => {
      const rows = await lockRows(tx, keysOf(keys), now);
      const verdicts = rows.map((row) => ({
        row,
        verdict: claimAttempt(row, THROTTLE_RULES[row.scope], now),
      }));
      const refusals = verdicts.filter(({ verdict }) => !verdict.allowed);
      if (refusals.length === 0) {
        for (const { row, verdict } of verdicts) await write(tx, { ...row, ...verdict.counter });
        return { allowed: true };
      }
      for (const { row, verdict } of refusals) await write(tx, { ...row, ...verdict.counter });
      const account = refusals.find(({ row }) => row.scope === "account");
      const named = account ?? refusals[0]!;
      const refused = named.verdict.counter.refused;
      return {
        allowed: false,
        scope: named.row.scope,
        retryAfterMs: Math.max(
          ...refusals.map(({ verdict }) => (verdict.allowed ? 0 : verdict.retryAfterMs)),
        ),
        busy: named.verdict.counter.lockedUntil === null,
        audit: refused > 0 && refused <= AUDITED_REFUSALS_PER_LOCKOUT,
        refused,
      };
    });
  }

  /**
   * Settles a claimed attempt: a failure may start a lockout; a success clears the account's
   * counter; an attempt that proved nothing gives its count back.
   */
  async function settle(keys: AttemptKeys, outcome: AttemptOutcome, now = new Date()) {
    await db.$transaction(async (tx) => {
      for (const row of await lockRows(tx, keysOf(keys), now)) {
        const rule = THROTTLE_RULES[row.scope];
        if (outcome === "success" && row.scope === "account") {
          await tx.signInThrottle.deleteMany({
            where: { homeserverId, scope: row.scope, key: row.key },
          });
          continue;
        }
        const next =
          outcome === "failure" ? afterFailure(row, rule, now) : afterNoVerdict(row, rule, now);
        await write(tx, { ...row, ...next });
      }
    });
  }

  /** Drops counters nobody has touched for a day: they hold nothing a new row would not. */
  function prune(now = new Date()) {
    const before = new Date(now.getTime() - FORGET_AFTER_MS);
    return db.signInThrottle.deleteMany({
      where: {
        homeserverId,
        updatedAt: { lt: before },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
    });
  }

  return { claim, settle, prune };
}

export type SignInThrottleStore = ReturnType<typeof createSignInThrottleStore>;
