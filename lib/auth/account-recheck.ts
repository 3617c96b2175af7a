import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { deleteSynapseAdminGrant } from "@/lib/data/role-grants";
import { endSessionsOf, releaseRoleCheck, type SessionEndReason } from "@/lib/data/sessions";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readAccountStanding, type Barred, type Standing } from "./account-standing";

const endReasonFor: Record<Barred, SessionEndReason> = {
  deactivated: "user_deactivated",
  locked: "user_locked",
  suspended: "user_suspended",
  "no such user": "user_missing",
};

async function askSynapse(matrixId: string): Promise<Standing> {
  try {
    return await readAccountStanding(await getServiceSynapse(), matrixId);
  } catch (error) {
    // No homeserver or service account to ask with: the same as Synapse not answering.
    console.warn(`[sessions] could not re-check ${matrixId}'s account`, error);
    return { verdict: "unknown" };
  }
}

/**
 * Asks Synapse whether someone with an open session may still use the console: their account
 * must be neither deactivated, locked nor suspended (changes made in Synapse itself, which the
 * console never hears of), and when their admin role comes from being a Synapse server admin,
 * they must still be one. If not, their console sessions end, audited, and the answer is false.
 *
 * - A server admin's grant goes with it: there is no console role to fall back to (a server
 *   admin's grant replaced any role granted in the console).
 * - A role granted in the console stays: once unlocked or unsuspended, the person signs in again.
 *
 * The caller claimed the check (claimRoleCheck). When Synapse cannot answer (down, slow, the
 * service account refused), the session is kept, so an outage does not sign everyone out, and the
 * check is due again, so the next request asks again.
 */
export async function recheckAccount(
  matrixId: string,
  source: "console" | "synapse_admin",
): Promise<boolean> {
  const standing = await askSynapse(matrixId);
  if (standing.verdict === "unknown") {
    await releaseRoleCheck(matrixId);
    return true;
  }
  if (source === "synapse_admin") {
    if (standing.verdict === "active" && standing.admin) return true;
    const reason = standing.verdict === "barred" ? standing.reason : "no longer a server admin";
    return signedOut(matrixId, "console.synapse_admin_lost", reason, () =>
      deleteSynapseAdminGrant(matrixId),
    );
  }
  if (standing.verdict === "active") return true;
  const { reason } = standing;
  return signedOut(matrixId, "console.account_barred", reason, async () => ({
    sessionsEnded: await endSessionsOf(matrixId, endReasonFor[reason]),
  }));
}

/** Ends the person's access through `work`, audited with the console as actor; always false. */
async function signedOut(
  matrixId: string,
  action: string,
  reason: string,
  work: () => Promise<unknown>,
): Promise<false> {
  await runAudited(
    {
      actor: { id: "console" },
      action,
      target: { type: "console", id: matrixId },
      input: { reason },
    },
    work,
  );
  return false;
}
