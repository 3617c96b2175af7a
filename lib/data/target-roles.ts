import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

/** The console roles of these users, by Matrix ID; users without a grant are left out. */
export async function findRolesOf(matrixIds: readonly string[]): Promise<Map<string, Role>> {
  const grants = await db.roleGrant.findMany({ where: { matrixId: { in: [...matrixIds] } } });
  return new Map(grants.map((grant) => [grant.matrixId, grant.role]));
}
