import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

export function getRoleGrant(matrixId: string) {
  return db.roleGrant.findUnique({ where: { matrixId } });
}

export function findRoleGrants() {
  return db.roleGrant.findMany({ orderBy: [{ role: "asc" }, { matrixId: "asc" }] });
}

/** Records that a Synapse server admin is a console admin; refreshed at each of their sign-ins. */
export function upsertSynapseAdminGrant(matrixId: string) {
  return db.roleGrant.upsert({
    where: { matrixId },
    create: { matrixId, role: "admin", source: "synapse_admin", grantedBy: "synapse" },
    update: { role: "admin", source: "synapse_admin", grantedBy: "synapse" },
  });
}

/** Drops a grant that only existed because the user was a Synapse admin, once they no longer are. */
export function deleteSynapseAdminGrant(matrixId: string) {
  return db.roleGrant.deleteMany({ where: { matrixId, source: "synapse_admin" } });
}

export function upsertConsoleGrant(matrixId: string, role: Role, grantedBy: string) {
  return db.roleGrant.upsert({
    where: { matrixId },
    create: { matrixId, role, source: "console", grantedBy },
    update: { role, source: "console", grantedBy },
  });
}

export function deleteRoleGrant(matrixId: string) {
  return db.roleGrant.deleteMany({ where: { matrixId } });
}
