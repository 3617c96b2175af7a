import "server-only";
import { createHash } from "node:crypto";
import { runAudited } from "@/lib/audit/run-audited";
import type { JobContext, RunItem } from "@/lib/jobs/job-kind";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/** A rotation step that failed; the run reports `step: message`. */
export class RotationStepError extends Error {
  override name = "RotationStepError";
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(`${step}: ${message}`);
  }
}

/**
 * Runs one step of one account's rotation and records it as an item of the run. With `recorded`
 * (the run's keys so far), a step an earlier attempt already recorded is not recorded again.
 */
export async function step<T>(
  context: JobContext,
  userId: string,
  name: string,
  work: () => Promise<T>,
  detail: (value: T) => unknown = () => undefined,
  recorded: ReadonlySet<string> = new Set(),
): Promise<T> {
  const key = `${userId} ${name}`;
  const record = async (item: RunItem) => {
    if (!recorded.has(key)) await context.recordItem(item);
  };
  try {
    const value = await work();
    await record({ key, ok: true, detail: detail(value) });
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await record({ key, ok: false, error: message });
    throw new RotationStepError(name, message);
  }
}

/** The PendingRevocation key for a device-less token: stable, and says nothing of the token. */
export function tokenKey(token: string): string {
  return `token:${createHash("sha256").update(token).digest("hex").slice(0, 16)}`;
}

/** Checks the new token with whoami: it must act as the account. Returns the device it reports. */
export async function verifyToken(synapse: SynapseClient, userId: string, token: string) {
  const who = await synapse.session.whoAmI(token);
  if (who.user_id !== userId) {
    throw new Error(`whoami says the new token belongs to ${who.user_id}, not ${userId}.`);
  }
  return { deviceId: who.device_id ?? null };
}

/**
 * Logs out a token minted by a rotation that then failed, so no undelivered token stays valid.
 * Best effort: the old token is untouched either way, and a failure here is only logged. True when
 * the token no longer works.
 */
export async function discardToken(
  synapse: SynapseClient,
  context: JobContext,
  userId: string,
  token: string,
): Promise<boolean> {
  try {
    await runAudited(
      {
        actor: { id: context.actorId },
        action: "token.discard_new",
        target: { type: "user", id: userId },
        input: { requestedBy: context.requestedBy, runId: context.runId },
      },
      async () => {
        await synapse.session.logout(token);
        return { discarded: true };
      },
    );
    return true;
  } catch (error) {
    // Synapse no longer knows the token: it is as good as logged out.
    if (isSynapseError(error, "unauthorized")) return true;
    console.error(`[tokens] the undelivered token of ${userId} could not be logged out`, error);
    return false;
  }
}
