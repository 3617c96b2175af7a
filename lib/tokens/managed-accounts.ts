import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import { noneOf, recordChange, recordChanges } from "@/lib/audit/changes";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { ManagedAccount } from "@/lib/generated/prisma/client";
import { assertAllowedAddress } from "@/lib/actions/allowed-address";
import type { SynapseClient } from "@/lib/synapse";
import { findAccountDevices } from "./account-devices";
import type { TokenPolicy } from "./schemas";

/** The webhook columns to store; refuses an address the rules do not allow (checked again at delivery). */
async function webhookFields(policy: TokenPolicy, keepSecret: boolean) {
  if (!policy.webhookUrl) {
    return { webhookUrl: null, webhookSecretEncrypted: null, webhookAllowPrivate: false };
  }
  const allowPrivate = policy.webhookAllowPrivate;
  await assertAllowedAddress(policy.webhookUrl, { subject: "webhook", allowPrivate });
  const url = { webhookUrl: policy.webhookUrl, webhookAllowPrivate: allowPrivate };
  if (policy.webhookSecret) return { ...url, webhookSecretEncrypted: seal(policy.webhookSecret) };
  if (keepSecret) return url;
  throw new ActionError("A webhook needs a secret to sign its deliveries with.");
}

/**
 * A managed account's policy as the audit log records its changes: the webhook secret only as
 * whether there is one (a new secret is sealed anew, so replacing it shows as a change; the
 * audit redacts the field's values whatever they are).
 */
function policyOf(account: ManagedAccount) {
  return {
    maxTokenAgeDays: account.maxTokenAgeDays,
    graceMinutes: account.graceMinutes,
    currentDeviceId: account.currentDeviceId,
    webhookUrl: account.webhookUrl,
    webhookAllowPrivate: account.webhookAllowPrivate,
    webhookSecret: account.webhookSecretEncrypted,
  };
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
  const created = await db.managedAccount.create({
    data: {
      userId: policy.userId,
      maxTokenAgeDays: policy.maxTokenAgeDays,
      graceMinutes: policy.graceMinutes,
      currentDeviceId: policy.currentDeviceId || null,
      createdBy: by,
      ...(await webhookFields(policy, false)),
    },
  });
  recordChange("managed", false, true);
  const after = policyOf(created);
  recordChanges(noneOf(after), after);
  return { userId: policy.userId };
}

/** Changes the policy; an empty secret keeps the stored one while the webhook stays. */
export async function updatePolicy(policy: TokenPolicy) {
  const existing = await db.managedAccount.findUnique({ where: { userId: policy.userId } });
  if (!existing) throw new ActionError(`${policy.userId} is not managed.`);
  const keepSecret = Boolean(existing.webhookSecretEncrypted);
  const updated = await db.managedAccount.update({
    where: { userId: policy.userId },
    data: {
      maxTokenAgeDays: policy.maxTokenAgeDays,
      graceMinutes: policy.graceMinutes,
      ...(await webhookFields(policy, keepSecret)),
    },
  });
  recordChanges(policyOf(existing), policyOf(updated));
  return { userId: policy.userId };
}

/**
 * Stops managing the account. Its tokens keep working (the console forgets its copy); pending
 * revocations stay, so an old token still ends when its grace period is over.
 */
export async function unmanage(userId: string) {
  const removed = await db.$transaction(async (tx) => {
    const before = await tx.managedAccount.findUnique({ where: { userId } });
    const { count } = await tx.managedAccount.deleteMany({ where: { userId } });
    return count > 0 ? before : null;
  });
  if (!removed) throw new ActionError(`${userId} is not managed.`);
  recordChange("managed", true, false);
  const before = policyOf(removed);
  recordChanges(before, noneOf(before));
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
