import "server-only";
import { claimRoleCheck, getLiveSession } from "@/lib/data/sessions";
import type { CurrentUser } from "./current-user";
import { recheckAccount } from "./account-recheck";
import { isPageSize } from "@/lib/schemas/page-size";

/**
 * Who a session secret belongs to, with their role as it is now: null when the session ended,
 * expired or was never ours, or when the person holds no role (any more). Every 10 minutes at
 * most, Synapse is asked whether the account is still active (and still a server admin, when the
 * role comes from that); only the one request that claims the due check talks to Synapse.
 */
export async function userForSession(secret: string): Promise<CurrentUser | null> {
  const session = await getLiveSession(secret);
  if (!session?.role) return null;
  if (session.roleCheckDue && session.source && (await claimRoleCheck(session.matrixId))) {
    if (!(await recheckAccount(session.matrixId, session.source))) return null;
  }
  return {
    matrixId: session.matrixId,
    role: session.role,
    pageSize:
      session.pageSize !== null && isPageSize(session.pageSize) ? session.pageSize : undefined,
  };
}
