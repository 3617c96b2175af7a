import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import { discardToken, RotationStepError, step, tokenKey, verifyToken } from "./rotation-steps";
import { deliverToWebhook } from "./webhook";

type Account = NonNullable<Awaited<ReturnType<typeof db.managedAccount.findUnique>>>;

/**
 * Rotates one managed account's token: mint (admin login-as-user), verify (whoami), deliver
 * (webhook first, then kept encrypted for the admin to reveal once), and schedule the old token's
 * revocation after the grace period. Until delivery succeeds nothing old is touched.
 */
export async function rotateAccount(synapse: SynapseClient, account: Account, context: JobContext) {
  const { userId } = account;
  const actor = { id: context.actorId };
  let minted: string | null = null;
  let delivered = false;
  try {
    const token = await step(context, userId, "mint", async () => {
      let fresh = "";
      // The audit outcome records what the work returns, so the token stays out of it.
      await runAudited(
        {
          actor,
          action: "token.mint",
          target: { type: "user", id: userId },
          input: { method: "admin login-as-user", requestedBy: context.requestedBy },
        },
        async () => {
          fresh = (await synapse.users.loginAs(userId)).access_token;
          return { minted: true };
        },
      );
      return fresh;
    });
    minted = token;
    const { deviceId } = await step(
      context,
      userId,
      "verify",
      () => verifyToken(synapse, userId, token),
      (value) => value,
    );
    const issuedAt = new Date();
    await step(
      context,
      userId,
      "deliver",
      async () => {
        if (account.webhookUrl) {
          if (!account.webhookSecretEncrypted) throw new Error("The webhook has no secret.");
          await deliverToWebhook(account.webhookUrl, unseal(account.webhookSecretEncrypted), {
            user_id: userId,
            access_token: token,
            device_id: deviceId,
            issued_at: issuedAt.toISOString(),
          });
        }
        return { webhook: Boolean(account.webhookUrl) };
      },
      (value) => value,
    );
    const revokeAfter = new Date(issuedAt.getTime() + account.graceMinutes * 60_000);
    const old = await step(
      context,
      userId,
      "schedule_revoke",
      () => keepAndSchedule(account, { token, deviceId, issuedAt, revokeAfter }, context.runId),
      (value) => value,
    );
    delivered = true;
    await db.managedAccount.update({
      where: { userId },
      data: { lastRotationAt: new Date(), lastRotationOk: true, lastRotationError: null },
    });
    return { userId, deviceId, oldDevice: old?.deviceId ?? null, revokeAfter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.managedAccount.update({
      where: { userId },
      data: { lastRotationAt: new Date(), lastRotationOk: false, lastRotationError: message },
    });
    if (minted && !delivered) await discardToken(synapse, context, userId, minted);
    throw error instanceof RotationStepError ? error : new RotationStepError("rotate", message);
  }
}

type NewToken = { token: string; deviceId: string | null; issuedAt: Date; revokeAfter: Date };

/**
 * Keeps the new token as the account's current one and queues the previous one's revocation, in
 * one transaction: the old token is never forgotten without being queued.
 */
async function keepAndSchedule(account: Account, next: NewToken, runId: string) {
  const old = previousToken(account);
  await db.$transaction(async (tx) => {
    await tx.managedAccount.update({
      where: { userId: account.userId },
      data: {
        currentTokenEncrypted: seal(next.token),
        currentDeviceId: next.deviceId,
        tokenIssuedAt: next.issuedAt,
        tokenUnseen: true,
      },
    });
    if (!old) return;
    const row = { revokeAfter: next.revokeAfter, tokenEncrypted: old.tokenEncrypted, runId };
    await tx.pendingRevocation.upsert({
      where: { userId_deviceId: { userId: account.userId, deviceId: old.deviceId } },
      create: { userId: account.userId, deviceId: old.deviceId, ...row },
      update: { ...row, revokedAt: null, error: null },
    });
  });
  return old ? { deviceId: old.deviceId, revokeAfter: next.revokeAfter.toISOString() } : null;
}

/** What the rotation replaces: the console's last token, or the device an admin named at takeover. */
function previousToken(account: Account) {
  if (account.currentDeviceId) return { deviceId: account.currentDeviceId, tokenEncrypted: null };
  if (account.currentTokenEncrypted) {
    return {
      deviceId: tokenKey(unseal(account.currentTokenEncrypted)),
      tokenEncrypted: account.currentTokenEncrypted,
    };
  }
  return null;
}
