import "server-only";
import { db } from "@/lib/db";

/**
 * How long after its due time a pending revocation counts as overdue: the worker's tick ends old
 * tokens within a minute of their grace period, so anything later than that has gone wrong.
 */
export const OVERDUE_AFTER_MS = 60_000;

/** Said of an overdue revocation that no run has tried yet. */
export const NOT_TRIED =
  "no revocation run has tried it yet: is the jobs worker running (JOB_WORKER)?";

export type OverdueRevocation = {
  /** The old device, or "token:<hash>" for a device-less token. */
  deviceId: string;
  dueAt: string;
  /** The last attempt's error, or why none was made. */
  reason: string;
  /** The run that last tried it, if any. */
  runId: string | null;
};

export type RevocationState = {
  /** Old tokens not revoked yet, overdue ones included. */
  waiting: number;
  /** The earliest due time among those not overdue yet. */
  nextDueAt: string | null;
  overdue: OverdueRevocation[];
};

/** Per account, its old tokens still waiting for revocation, and which of them are overdue. */
export async function findRevocationStates(
  userIds?: string[],
  now: Date = new Date(),
): Promise<Map<string, RevocationState>> {
  const rows = await db.pendingRevocation.findMany({
    where: { revokedAt: null, ...(userIds ? { userId: { in: userIds } } : {}) },
    orderBy: { revokeAfter: "asc" },
  });
  const overdueBefore = now.getTime() - OVERDUE_AFTER_MS;
  const states = new Map<string, RevocationState>();
  for (const row of rows) {
    const state = states.get(row.userId) ?? { waiting: 0, nextDueAt: null, overdue: [] };
    state.waiting += 1;
    if (row.revokeAfter.getTime() < overdueBefore) {
      state.overdue.push({
        deviceId: row.deviceId,
        dueAt: row.revokeAfter.toISOString(),
        reason: row.error ?? NOT_TRIED,
        runId: row.error ? row.runId : null,
      });
    } else {
      state.nextDueAt ??= row.revokeAfter.toISOString();
    }
    states.set(row.userId, state);
  }
  return states;
}
