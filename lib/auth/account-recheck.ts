import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { deleteSynapseAdminGrant } from "@/lib/data/role-grants";
import { markRoleChecked } from "@/lib/data/sessions";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { isSynapseError } from "@/lib/synapse";

/** A re-check waits at most this long: a slow Synapse must not hold every page of an admin. */
const RECHECK_TIMEOUT_MS = 5_000;

type Answer = { verdict: "admin" } | { verdict: "unknown" } | { verdict: "lost"; reason: string };

const timedOut = () =>
  new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), RECHECK_TIMEOUT_MS));

async function askSynapse(matrixId: string): Promise<Answer> {
  try {
    const synapse = await getServiceSynapse();
    const user = await Promise.race([synapse.users.get(matrixId), timedOut()]);
    if (user === "timeout") return { verdict: "unknown" };
    if (user.deactivated) return { verdict: "lost", reason: "deactivated" };
    if (user.locked) return { verdict: "lost", reason: "locked" };
    if (!user.admin) return { verdict: "lost", reason: "no longer a server admin" };
    return { verdict: "admin" };
  } catch (error) {
    if (isSynapseError(error, "not_found")) return { verdict: "lost", reason: "no such user" };
    console.warn(`[sessions] could not re-check ${matrixId}'s server admin status`, error);
    return { verdict: "unknown" };
  }
}

/**
 * Asks Synapse whether someone whose console admin role comes from being a Synapse server admin
 * still is one (and is neither deactivated nor locked). If not, that grant goes and all their
 * console sessions end, audited, and the answer is false. There is no console role to fall back
 * to: a server admin's grant replaced any role granted in the console.
 *
 * When Synapse cannot answer (down, slow, the service account refused), the session is kept, so an
 * outage does not sign every admin out; role_checked_at stays old, so the next request asks again.
 */
export async function confirmSynapseAdmin(matrixId: string): Promise<boolean> {
  const answer = await askSynapse(matrixId);
  if (answer.verdict === "unknown") return true;
  if (answer.verdict === "admin") {
    await markRoleChecked(matrixId);
    return true;
  }
  await runAudited(
    {
      actor: { id: "console" },
      action: "console.synapse_admin_lost",
      target: { type: "console", id: matrixId },
      input: { reason: answer.reason },
    },
    () => deleteSynapseAdminGrant(matrixId),
  );
  return false;
}
