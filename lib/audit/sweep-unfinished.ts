import "server-only";
import { insertAuditOutcome } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/unique-violation";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { STOPPED_AFTER_MS } from "./process-heartbeat";

export const UNKNOWN_OUTCOME = {
  errorCode: "process_stopped",
  errorMessage: "unknown: the process stopped before it recorded the outcome",
};

/** Periodic sweeps look this far back (the index on `at` keeps them cheap); the start sweep, all. */
const RECENT_MS = 24 * 60 * 60_000;
/** Processes silent this long are forgotten (their entries are swept long before). */
const FORGET_PROCESS_MS = 7 * 24 * 60 * 60_000;

/**
 * How long an entry written before entries named their process may stay without an outcome:
 * the longest one Synapse request can take (its timeout plus the longest total wait on 429
 * answers), plus a margin for the database writes around it.
 */
export function legacyBoundMs() {
  const env = getEnv();
  return env.SYNAPSE_TIMEOUT_MS + env.SYNAPSE_MAX_RETRY_WAIT_MS + 5 * 60_000;
}

/**
 * Gives every audit entry left without an outcome by a process that stopped (crash, kill, power
 * loss) the outcome "unknown", so nothing stays pending forever. Only INSERTs: the audit tables are
 * append-only. An entry is swept once the process that wrote it has not beaten its heartbeat for
 * STOPPED_AFTER_MS, so another live instance's entry in progress is left alone, however long
 * its work takes. Safe to run from several instances at once. Returns the swept entry IDs.
 */
export async function sweepUnfinishedAuditEntries(
  options: { recentOnly?: boolean; now?: Date } = {},
): Promise<bigint[]> {
  const now = options.now ?? new Date();
  const stoppedBefore = new Date(now.getTime() - STOPPED_AFTER_MS);
  const legacyBefore = new Date(now.getTime() - legacyBoundMs());
  const since = options.recentOnly ? new Date(now.getTime() - RECENT_MS) : new Date(0);
  const rows = await db.$queryRaw<Array<{ entry_id: bigint }>>`
    SELECT e.id AS entry_id
    FROM audit_entry e
    LEFT JOIN audit_outcome o ON o.entry_id = e.id
    LEFT JOIN console_process p ON p.id = e.process_id
    WHERE o.id IS NULL
      AND e.at >= ${since}
      AND e.at < ${stoppedBefore}
      AND CASE
        WHEN e.process_id IS NULL THEN e.at < ${legacyBefore}
        ELSE p.id IS NULL OR p.heartbeat_at < ${stoppedBefore}
      END
    ORDER BY e.id`;
  // One insert each, so each outcome is hashed into the chain (lib/audit/chain.ts).
  const swept: bigint[] = [];
  for (const { entry_id: entryId } of rows) {
    if (await insertUnknownOutcome(entryId)) swept.push(entryId);
  }
  await db.consoleProcess.deleteMany({
    where: { heartbeatAt: { lt: new Date(now.getTime() - FORGET_PROCESS_MS) } },
  });
  return swept;
}

/** False when another instance's sweep (or the late writer itself) recorded one first. */
async function insertUnknownOutcome(entryId: bigint): Promise<boolean> {
  try {
    await insertAuditOutcome(entryId, { outcome: "unknown", ...UNKNOWN_OUTCOME });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
