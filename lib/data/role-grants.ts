import "server-only";
import { db } from "@/lib/db";
import { hasRole, type Role } from "@/lib/auth/roles";
import { countOpenSessions, endSessionsOf, type SessionEndReason } from "./sessions";

export function getRoleGrant(matrixId: string) {
  return db.roleGrant.findUnique({ where: { matrixId } });
}

/** Every grant, with how many console sessions its holder has open. */
export async function findRoleGrants() {
  const grants = await db.roleGrant.findMany({ orderBy: [{ role: "asc" }, { matrixId: "asc" }] });
  const open = await countOpenSessions(grants.map((grant) => grant.matrixId));
  return grants.map((grant) => ({ ...grant, openSessions: open.get(grant.matrixId) ?? 0 }));
}

/** Records that a Synapse server admin is a console admin; refreshed at each of their sign-ins. */
export function upsertSynapseAdminGrant(matrixId: string) {
  return db.roleGrant.upsert({
    where: { matrixId },
    create: { matrixId, role: "admin", source: "synapse_admin", grantedBy: "synapse" },
    update: { role: "admin", source: "synapse_admin", grantedBy: "synapse" },
  });
}

/**
 * Drops a grant that only existed because the user was a Synapse admin, once they no longer are,
 * and ends their console sessions with it.
 */
export function deleteSynapseAdminGrant(
  matrixId: string,
  reason: SessionEndReason = "synapse_admin_lost",
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.roleGrant.deleteMany({
      where: { matrixId, source: "synapse_admin" },
    });
    if (count > 0) await endSessionsOf(matrixId, reason, tx);
    return { count };
  });
}

/**
 * Grants a role; lowering someone's role ends their console sessions, so they sign in again.
 * Returns the grant with the role it replaced (null when they had none), read in the same transaction.
 */
export function upsertConsoleGrant(matrixId: string, role: Role, grantedBy: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.roleGrant.findUnique({ where: { matrixId } });
    const grant = await tx.roleGrant.upsert({
      where: { matrixId },
      create: { matrixId, role, source: "console", grantedBy },
      update: { role, source: "console", grantedBy },
    });
    if (before && !hasRole(role, before.role)) await endSessionsOf(matrixId, "role_lowered", tx);
    return { ...grant, previousRole: before?.role ?? null };
  });
}

/** Takes someone's console role away and ends their console sessions; says which role it was. */
export function deleteRoleGrant(matrixId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.roleGrant.findUnique({ where: { matrixId }, select: { role: true } });
    const { count } = await tx.roleGrant.deleteMany({ where: { matrixId } });
    if (count > 0) await endSessionsOf(matrixId, "role_revoked", tx);
    return { count, role: count > 0 ? (before?.role ?? null) : null };
  });
}
