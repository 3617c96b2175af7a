import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

export type RevokeSummary = { revoked: number; failed: number };

/**
 * Ends every old token whose grace period is over: a device is deleted, a device-less token is
 * logged out with itself. One that is already gone counts as revoked. A failed one stays pending
 * (with its error) for the next run.
 */
export async function revokeDueTokens(
  synapse: SynapseClient,
  context: JobContext,
  now: Date = new Date(),
): Promise<RevokeSummary> {
  const due = await db.pendingRevocation.findMany({
    where: { revokedAt: null, revokeAfter: { lte: now } },
    orderBy: { revokeAfter: "asc" },
  });
  const summary: RevokeSummary = { revoked: 0, failed: 0 };
  const done = await context.doneKeys();
  for (const row of due) {
    if (context.signal.aborted) break;
    const key = `revoke ${row.userId} ${row.deviceId}`;
    if (done.has(key)) continue;
    try {
      await runAudited(
        {
          actor: { id: context.actorId },
          action: "token.revoke_old",
          target: { type: "user", id: row.userId },
          input: { deviceId: row.deviceId, requestedBy: context.requestedBy, runId: context.runId },
        },
        () => endOldToken(synapse, row),
      );
      await db.pendingRevocation.update({
        where: { id: row.id },
        data: { revokedAt: new Date(), runId: context.runId, error: null },
      });
      await context.recordItem({ key, ok: true, detail: { deviceId: row.deviceId } });
      summary.revoked += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.pendingRevocation.update({
        where: { id: row.id },
        data: { runId: context.runId, error: message },
      });
      await context.recordItem({ key, ok: false, error: message });
      summary.failed += 1;
    }
  }
  return summary;
}

type Pending = { userId: string; deviceId: string; tokenEncrypted: string | null };

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
