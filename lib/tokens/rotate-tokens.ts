import "server-only";
import { db } from "@/lib/db";
import { countOf } from "@/lib/format/count";
import type { Connection } from "@/lib/homeserver/connection";
import type { JobContext } from "@/lib/jobs/job-kind";
import type { SynapseClient } from "@/lib/synapse";
import { revokeDueTokens } from "./revoke-due";
import { rotateAccount } from "./rotate-account";
import { rotateServiceAccount } from "./rotate-service";
import { rotationUserIds, type TokenRotationParams } from "./schemas";

export type RotationEnvironment = {
  synapse: SynapseClient;
  connection: Connection;
  /** The console's own account, which rotates by password login instead of login-as-user. */
  serviceUserId: string;
};

/**
 * The token_rotation job: first revokes old tokens whose grace period is over (all accounts), then
 * rotates each named account, then revokes again (a grace of 0 ends the old token in the same run).
 * Throws when any account failed, so the run is marked failed with the reasons.
 */
export async function rotateTokens(
  params: TokenRotationParams,
  context: JobContext,
  env: RotationEnvironment,
) {
  const userIds = rotationUserIds(params);
  const before = await revokeDueTokens(env.synapse, context);
  const done = await context.doneKeys();
  const rotated: string[] = [];
  const failures: string[] = [];
  for (const userId of userIds) {
    if (context.signal.aborted) break;
    try {
      if (userId === env.serviceUserId && [...done].some((key) => key.startsWith(`${userId} `))) {
        // The service account's rotation keeps no attempt record; redoing it would mint twice.
        throw new Error(SERVICE_INTERRUPTED);
      }
      // Other accounts carry on from their rotation attempt (lib/tokens/rotation-attempts.ts).
      const result = await rotateOne(userId, context, env);
      rotated.push(userId);
      const warnings = "warnings" in result ? result.warnings : [];
      if (warnings.length > 0) failures.push(`${userId}: rotated, but ${warnings.join("; ")}`);
    } catch (error) {
      failures.push(`${userId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const after = await revokeDueTokens(env.synapse, context);
  const revoked = before.revoked + after.revoked;
  const revokeFailed = before.failed + after.failed;
  if (failures.length > 0) throw new Error(failures.join("; "));
  if (revokeFailed > 0) {
    throw new Error(`${countOf(revokeFailed, "old token")} could not be revoked.`);
  }
  return { rotated, revoked };
}

const SERVICE_INTERRUPTED =
  "an earlier attempt of this run stopped while rotating the service account; its state is " +
  "unknown, so this run does not retry it: start a new run";

async function rotateOne(userId: string, context: JobContext, env: RotationEnvironment) {
  const account = await db.managedAccount.findUnique({ where: { userId } });
  if (!account) {
    const message = `${userId} is not a managed account; mark it managed on the Tokens page first.`;
    await context.recordItem({ key: `${userId} mint`, ok: false, error: message });
    throw new Error(message);
  }
  if (userId === env.serviceUserId) {
    return rotateServiceAccount(env.synapse, env.connection, account, context);
  }
  return rotateAccount(env.synapse, account, context);
}
