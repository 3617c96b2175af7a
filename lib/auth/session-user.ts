import "server-only";
import { getLiveSession } from "@/lib/data/sessions";
import type { CurrentUser } from "./current-user";
import { confirmSynapseAdmin } from "./synapse-admin-recheck";

/**
 * Who a session secret belongs to, with their role as it is now: null when the session ended,
 * expired or was never ours, or when the person holds no role (any more). A role that comes from
 * being a Synapse server admin is confirmed with Synapse when its last check is 10 minutes old.
 */
export async function userForSession(secret: string): Promise<CurrentUser | null> {
  const session = await getLiveSession(secret);
  if (!session?.role) return null;
  if (session.source === "synapse_admin" && session.roleCheckDue) {
    if (!(await confirmSynapseAdmin(session.matrixId))) return null;
  }
  return { matrixId: session.matrixId, role: session.role };
}
