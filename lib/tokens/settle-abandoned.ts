import "server-only";
import { unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import { findAbandonedAttempts, markDiscarded, noteFailure } from "./rotation-attempts";
import { discardToken, tokenKey } from "./rotation-steps";

type Account = { userId: string; graceMinutes: number };

/**
 * Ends what earlier runs left half done for this account before a new token is minted, so no
 * stored token is forgotten: an undelivered one is logged out, a delivered one (its bot may use
 * it) is queued for revocation after the grace period like any old token. Returns warnings for
 * the run, such as a mint that may have been lost.
 */
export async function settleAbandonedAttempts(
  synapse: SynapseClient,
  account: Account,
  context: JobContext,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const attempt of await findAbandonedAttempts(account.userId, context.runId)) {
    if (attempt.state === "minting" || !attempt.tokenEncrypted) {
      const why = `run ${attempt.runId} stopped while minting; a token it may have got was never stored`;
      await markDiscarded(attempt.id, why);
      warnings.push(why);
      continue;
    }
    const token = unseal(attempt.tokenEncrypted);
    if (attempt.state === "minted") {
      const ended = await discardToken(synapse, context, account.userId, token);
      const why = `run ${attempt.runId} stopped before delivering it`;
      await (ended ? markDiscarded(attempt.id, why) : noteFailure(attempt.id, why));
      continue;
    }
    const deviceId = attempt.deviceId ?? tokenKey(token);
    const row = {
      revokeAfter: new Date(Date.now() + account.graceMinutes * 60_000),
      tokenEncrypted: attempt.tokenEncrypted,
      runId: context.runId,
    };
    await db.$transaction([
      db.pendingRevocation.upsert({
        where: { userId_deviceId: { userId: account.userId, deviceId } },
        create: { userId: account.userId, deviceId, ...row },
        update: { ...row, revokedAt: null, error: null },
      }),
      db.rotationAttempt.update({
        where: { id: attempt.id },
        data: {
          state: "discarded",
          tokenEncrypted: null,
          error: `superseded by run ${context.runId}`,
        },
      }),
    ]);
  }
  return warnings;
}
