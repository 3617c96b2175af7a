import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import {
  beginAttempt,
  markDelivered,
  markDiscarded,
  noteFailure,
  storeMinted,
  type RotationAttempt,
} from "./rotation-attempts";
import { discardToken, RotationStepError, step, tokenKey, verifyToken } from "./rotation-steps";
import { settleAbandonedAttempts } from "./settle-abandoned";
import { tokenValidUntil } from "./token-expiry";
import { deliverToWebhook } from "./webhook";

type Account = NonNullable<Awaited<ReturnType<typeof db.managedAccount.findUnique>>>;

/** What a resumed run says when its earlier attempt died between Synapse's answer and the store. */
export const LOST_MINT_WARNING =
  "an earlier attempt stopped after asking Synapse for a token and before storing it; if Synapse " +
  "minted one, the console never held it and cannot log it out (login-as-user tokens have no " +
  "device); it stops working when it expires";

/**
 * Rotates one managed account's token: mint (admin login-as-user), store it encrypted at once,
 * verify (whoami), deliver (webhook first, then kept encrypted for the admin to reveal once), and
 * schedule the old token's revocation after the grace period. Each step moves the run's
 * RotationAttempt on, so a run resumed after a crash carries on from the stored token: it delivers
 * that token rather than revoking it, since a webhook may have received it just before the crash
 * and its bot may already use it. Until delivery succeeds nothing old is touched.
 */
export async function rotateAccount(synapse: SynapseClient, account: Account, context: JobContext) {
  const { userId } = account;
  const recorded = await context.doneKeys();
  const run = <T>(name: string, work: () => Promise<T>, detail?: (value: T) => unknown) =>
    step(context, userId, name, work, detail, recorded);
  const warnings = await settleAbandonedAttempts(synapse, account, context);
  const begun = await beginAttempt(context.runId, userId);
  let attempt = begun.attempt;
  try {
    if (attempt.state === "discarded") {
      throw new RotationStepError("rotate", `this run gave up on it earlier: ${attempt.error}`);
    }
    if (attempt.state === "minting") {
      if (begun.resumed) {
        warnings.push(LOST_MINT_WARNING);
        await recordOnce(context, recorded, `${userId} mint_interrupted`, LOST_MINT_WARNING);
      }
      const minting = attempt;
      attempt = await run("mint", () => mintAndStore(synapse, account, minting, context));
    }
    if (attempt.state === "minted") {
      attempt = await verifyAndDeliver(synapse, account, attempt, context, run);
    }
    if (attempt.state === "delivered") {
      const delivered = attempt;
      await run(
        "schedule_revoke",
        () => keepAndSchedule(account, delivered),
        (value) => value,
      );
    }
    if (begun.resumed) await recordStepsDoneBeforeTheCrash(context, userId);
    await db.managedAccount.update({
      where: { userId },
      data: {
        lastRotationAt: new Date(),
        lastRotationOk: true,
        lastRotationError: warnings.length > 0 ? warnings.join("; ") : null,
      },
    });
    return { userId, deviceId: attempt.deviceId, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.managedAccount.update({
      where: { userId },
      data: { lastRotationAt: new Date(), lastRotationOk: false, lastRotationError: message },
    });
    throw error instanceof RotationStepError ? error : new RotationStepError("rotate", message);
  }
}

type Runner = <T>(
  name: string,
  work: () => Promise<T>,
  detail?: (value: T) => unknown,
) => Promise<T>;

/**
 * Mints the token, with an expiry (token-expiry.ts), and stores it encrypted before anything else
 * happens to it.
 */
async function mintAndStore(
  synapse: SynapseClient,
  account: Account,
  attempt: RotationAttempt,
  context: JobContext,
) {
  let stored: RotationAttempt | null = null;
  const validUntil = tokenValidUntil(account, new Date());
  // The audit outcome records what the work returns, so the token stays out of it.
  await runAudited(
    {
      actor: { id: context.actorId },
      action: "token.mint",
      target: { type: "user", id: attempt.userId },
      input: {
        method: "admin login-as-user",
        validUntil: validUntil.toISOString(),
        requestedBy: context.requestedBy,
      },
    },
    async () => {
      const { access_token: token } = await synapse.users.loginAs(attempt.userId, {
        validUntilMs: validUntil.getTime(),
      });
      try {
        stored = await storeMinted(attempt.id, token);
      } catch (error) {
        // Not stored means not known: end it while this process still holds it.
        await discardToken(synapse, context, attempt.userId, token);
        throw error;
      }
      return { minted: true };
    },
  );
  if (!stored) throw new Error("The minted token was not stored.");
  return stored as RotationAttempt;
}

/** Verifies and delivers the stored token; on failure logs it out, or keeps it stored if it cannot. */
async function verifyAndDeliver(
  synapse: SynapseClient,
  account: Account,
  attempt: RotationAttempt,
  context: JobContext,
  run: Runner,
) {
  const token = unseal(attempt.tokenEncrypted ?? "");
  try {
    const { deviceId } = await run(
      "verify",
      () => verifyToken(synapse, account.userId, token),
      (value) => value,
    );
    await run(
      "deliver",
      () => deliver(account, token, deviceId, attempt.issuedAt ?? new Date()),
      (value) => value,
    );
    return await markDelivered(attempt.id, deviceId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const ended = await discardToken(synapse, context, account.userId, token);
    // A token that could not be logged out stays stored, so a later run can still end it.
    if (ended) await markDiscarded(attempt.id, message);
    else await noteFailure(attempt.id, message);
    throw error;
  }
}

async function deliver(account: Account, token: string, deviceId: string | null, issuedAt: Date) {
  if (account.webhookUrl) {
    if (!account.webhookSecretEncrypted) throw new Error("The webhook has no secret.");
    await deliverToWebhook(
      account.webhookUrl,
      unseal(account.webhookSecretEncrypted),
      {
        user_id: account.userId,
        access_token: token,
        device_id: deviceId,
        issued_at: issuedAt.toISOString(),
      },
      { allowPrivate: account.webhookAllowPrivate },
    );
  }
  return { webhook: Boolean(account.webhookUrl) };
}

const STEPS = ["mint", "verify", "deliver", "schedule_revoke"];

/** A step whose effect was stored before the worker died but whose item was not: record it now. */
async function recordStepsDoneBeforeTheCrash(context: JobContext, userId: string) {
  const recorded = await context.doneKeys();
  const missing = STEPS.map((name) => `${userId} ${name}`).filter((key) => !recorded.has(key));
  const detail = { recordedAfterRestart: true };
  if (missing.length > 0)
    await context.recordItems(missing.map((key) => ({ key, ok: true, detail })));
}

async function recordOnce(
  context: JobContext,
  recorded: ReadonlySet<string>,
  key: string,
  error: string,
) {
  if (!recorded.has(key)) await context.recordItem({ key, ok: false, error });
}

/**
 * Makes the delivered token the account's current one, queues the previous one's revocation and
 * closes the attempt, in one transaction: the old token is never forgotten without being queued.
 */
async function keepAndSchedule(account: Account, attempt: RotationAttempt) {
  const old = previousToken(account);
  const issuedAt = attempt.issuedAt ?? new Date();
  const revokeAfter = new Date(issuedAt.getTime() + account.graceMinutes * 60_000);
  await db.$transaction(async (tx) => {
    await tx.managedAccount.update({
      where: { userId: account.userId },
      data: {
        currentTokenEncrypted: attempt.tokenEncrypted,
        currentDeviceId: attempt.deviceId,
        tokenIssuedAt: issuedAt,
        tokenUnseen: true,
      },
    });
    await tx.rotationAttempt.update({
      where: { id: attempt.id },
      data: { state: "current", tokenEncrypted: null },
    });
    if (!old) return;
    const row = { revokeAfter, tokenEncrypted: old.tokenEncrypted, runId: attempt.runId };
    await tx.pendingRevocation.upsert({
      where: { userId_deviceId: { userId: account.userId, deviceId: old.deviceId } },
      create: { userId: account.userId, deviceId: old.deviceId, ...row },
      update: { ...row, revokedAt: null, error: null },
    });
  });
  return old ? { deviceId: old.deviceId, revokeAfter: revokeAfter.toISOString() } : null;
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
