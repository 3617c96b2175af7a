import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { JobContext } from "@/lib/jobs/job-kind";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

export type RevokeSummary = { revoked: number; failed: number };

/**
 * The earliest time by `until` at which an old token comes due (or is overdue), for the jobs
 * tick to queue a revoke-only run at; null when none does.
 */
export async function findNextRevocationDue(until: Date): Promise<Date | null> {
  const next = await db.pendingRevocation.findFirst({
    where: { revokedAt: null, revokeAfter: { lte: until } },
    orderBy: { revokeAfter: "asc" },
    select: { revokeAfter: true },
  });
  return next?.revokeAfter ?? null;
}

/**
 * Ends every old token whose grace period is over: a device is deleted, a device-less token is
 * logged out with itself. One that is already gone counts as revoked. A failed one stays pending
 * (with its error) for the next run. Each is revoked under its row's lock, so two runs at once
 * (a due run and a rotation) never both end the same token.
 */
export async function revokeDueTokens(
  synapse: SynapseClient,
  context: JobContext,
  now: Date = new Date(),
): Promise<RevokeSummary> {
  const due = await db.pendingRevocation.findMany({
    where: { revokedAt: null, revokeAfter: { lte: now } },
    orderBy: { revokeAfter: "asc" },
    select: { id: true, userId: true, deviceId: true },
  });
  const summary: RevokeSummary = { revoked: 0, failed: 0 };
  const done = await context.doneKeys();
  for (const row of due) {
    if (context.signal.aborted) break;
    const key = `revoke ${row.userId} ${row.deviceId}`;
    if (done.has(key)) continue;
    const result = await revokeUnderLock(synapse, context, row.id, now);
    if (!result) continue;
    if (result.ok) {
      await context.recordItem({ key, ok: true, detail: { deviceId: row.deviceId } });
      summary.revoked += 1;
    } else {
      await context.recordItem({ key, ok: false, error: result.error });
      summary.failed += 1;
    }
  }
  return summary;
}

type Pending = { userId: string; deviceId: string; tokenEncrypted: string | null };

/**
 * Takes the row's lock, skipping it when another run holds it or it is no longer due (revoked
 * meanwhile, or queued again by a newer rotation), and ends the token while holding it. Null when
 * skipped.
 */
async function revokeUnderLock(
  synapse: SynapseClient,
  context: JobContext,
  id: bigint,
  now: Date,
): Promise<{ ok: true } | { ok: false; error: string } | null> {
  const env = getEnv();
  // Long enough for the Synapse call with its retries; the lock is only held meanwhile.
  const timeout = 2 * env.SYNAPSE_TIMEOUT_MS + env.SYNAPSE_MAX_RETRY_WAIT_MS + 10_000;
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<Pending[]>`
        SELECT user_id AS "userId", device_id AS "deviceId", token_encrypted AS "tokenEncrypted"
        FROM pending_revocation
        WHERE id = ${id} AND revoked_at IS NULL AND revoke_after <= ${now}
        FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      try {
        await runAudited(
          {
            actor: { id: context.actorId },
            action: "token.revoke_old",
            target: { type: "user", id: row.userId },
            input: {
              deviceId: row.deviceId,
              requestedBy: context.requestedBy,
              runId: context.runId,
            },
          },
          () => endOldToken(synapse, row),
        );
        await tx.pendingRevocation.update({
          where: { id },
          data: { revokedAt: new Date(), runId: context.runId, error: null },
        });
        return { ok: true as const };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx.pendingRevocation.update({
          where: { id },
          data: { runId: context.runId, error: message },
        });
        return { ok: false as const, error: message };
      }
    },
    { timeout, maxWait: 10_000 },
  );
}

async function endOldToken(synapse: SynapseClient, row: Pending) {
  if (row.tokenEncrypted) {
    try {
      await synapse.session.logout(unseal(row.tokenEncrypted));
      return { ended: "logged out" };
    } catch (error) {
      // Synapse no longer knows the token: it was logged out or expired already.
      if (isSynapseError(error, "unauthorized")) return { ended: "already gone" };
      throw error;
    }
  }
  try {
    await synapse.devices.delete(row.userId, row.deviceId);
    return { ended: "device deleted" };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return { ended: "already gone" };
    throw error;
  }
}
