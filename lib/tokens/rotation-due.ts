import "server-only";
import { db } from "@/lib/db";
import { OVERDUE_AFTER_MS } from "./revocation-states";
import { rotationStateOf } from "./rotation-state";

/** The Tokens page's "due" figures, from our own database alone (no Synapse reads). */
export type TokenAttention = {
  /** Managed accounts whose rotation is due: never rotated, past their max age, or last try failed. */
  due: number;
  /** Of those, the ones whose last rotation failed. */
  failed: number;
  /** Old tokens still working past their grace period and the worker's minute. */
  overdueRevocations: number;
};

/**
 * What the Tokens page's "Due only" filter would show, counted by the same rules
 * (rotation-state.ts, revocation-states.ts). Managed accounts are few and only four columns are
 * read, so the rule is applied here rather than copied into SQL.
 */
export async function countTokenAttention(now: Date = new Date()): Promise<TokenAttention> {
  const [accounts, overdueRevocations] = await Promise.all([
    db.managedAccount.findMany({
      select: { maxTokenAgeDays: true, tokenIssuedAt: true, lastRotationOk: true },
    }),
    db.pendingRevocation.count({
      where: { revokedAt: null, revokeAfter: { lt: new Date(now.getTime() - OVERDUE_AFTER_MS) } },
    }),
  ]);
  const states = accounts.map((account) => rotationStateOf(account, now));
  return {
    due: states.filter((state) => state.due).length,
    failed: states.filter((state) => state.lastFailed).length,
    overdueRevocations,
  };
}
