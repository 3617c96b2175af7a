import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import { RefusedAddressError, resolvePublicTarget } from "@/lib/http/public-address";
import type { SynapseClient } from "@/lib/synapse";
import { findAccountDevices } from "./account-devices";
import type { TokenPolicy } from "./schemas";

/** The webhook columns to store; refuses an address the rules do not allow (checked again at delivery). */
async function webhookFields(policy: TokenPolicy, keepSecret: boolean) {
  if (!policy.webhookUrl) {
    return { webhookUrl: null, webhookSecretEncrypted: null, webhookAllowPrivate: false };
  }
  const allowPrivate = policy.webhookAllowPrivate;
  await resolvePublicTarget(policy.webhookUrl, { subject: "webhook", allowPrivate }).catch(
    (error: unknown) => {
      throw error instanceof RefusedAddressError ? new ActionError(error.message) : error;
    },
  );
  const url = { webhookUrl: policy.webhookUrl, webhookAllowPrivate: allowPrivate };
  if (policy.webhookSecret) return { ...url, webhookSecretEncrypted: seal(policy.webhookSecret) };
  if (keepSecret) return url;
  throw new ActionError("A webhook needs a secret to sign its deliveries with.");
}

/** Marks an account as managed: the console may rotate its token from now on. */
export async function markManaged(synapse: SynapseClient, policy: TokenPolicy, by: string) {
  const existing = await db.managedAccount.findUnique({ where: { userId: policy.userId } });
  if (existing) throw new ActionError(`${policy.userId} is managed already.`);
  // Reading the user proves it exists (a 404 becomes "not found") before we own its tokens.
  await synapse.users.get(policy.userId);
  if (policy.currentDeviceId) {
    const devices = await findAccountDevices(synapse, policy.userId);
    if (!devices.some((device) => device.deviceId === policy.currentDeviceId)) {
      throw new ActionError(`${policy.userId} has no device ${policy.currentDeviceId}.`);
    }
  }
  await db.managedAccount.create({
    data: {
      userId: policy.userId,
      maxTokenAgeDays: policy.maxTokenAgeDays,
      graceMinutes: policy.graceMinutes,
      currentDeviceId: policy.currentDeviceId || null,
      createdBy: by,
      ...(await webhookFields(policy, false)),
    },
  });
  return { userId: policy.userId };
}

/** Changes the policy; an empty secret keeps the stored one while the webhook stays. */
export async function updatePolicy(policy: TokenPolicy) {
  const existing = await db.managedAccount.findUnique({ where: { userId: policy.userId } });
  if (!existing) throw new ActionError(`${policy.userId} is not managed.`);
  const keepSecret = Boolean(existing.webhookSecretEncrypted);
  await db.managedAccount.update({
    where: { userId: policy.userId },
    data: {
      maxTokenAgeDays: policy.maxTokenAgeDays,
      graceMinutes: policy.graceMinutes,
      ...(await webhookFields(policy, keepSecret)),
    },
  });
  return { userId: policy.userId };
}

/**
 * Stops managing the account. Its tokens keep working (the console forgets its copy); pending
 * revocations stay, so an old token still ends when its grace period is over.
 */
export async function unmanage(userId: string) {
  const removed = await db.managedAccount.deleteMany({ where: { userId } });
  if (removed.count === 0) throw new ActionError(`${userId} is not managed.`);
  return { userId };
}

/** The newest token, once: clears tokenUnseen in the same statement that finds it unseen. */
export async function takeUnseenToken(userId: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ token: string | null }>>`
    UPDATE managed_account SET token_unseen = false, updated_at = now()
    WHERE user_id = ${userId} AND token_unseen AND current_token_encrypted IS NOT NULL
    RETURNING current_token_encrypted AS token`;
  if (!row?.token) {
    throw new ActionError("There is no new token to show: it was revealed already, or none yet.");
  }
  return unseal(row.token);
}
