import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getRoleGrant } from "@/lib/data/role-grants";
import { getAuthOptions } from "./auth-options";
import type { Role } from "./roles";

export type CurrentUser = { matrixId: string; role: Role };

/**
 * The signed-in person with their role as the database says now, so a revoked role takes effect
 * at the next request rather than when the session expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const matrixId = session?.user?.matrixId;
  if (!matrixId) return null;
  const grant = await getRoleGrant(matrixId);
  return grant ? { matrixId, role: grant.role } : null;
});
