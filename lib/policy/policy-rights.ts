import { hasRole, lowerRole, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** Who decides what a version may change unattended: the version that set its rights. */
export type VersionRights = { role: Role; savedBy: string | null; versionNumber: number };

/**
 * The rights a version may be applied with when no person reviews the plan (a scheduled
 * reconcile): the role of whoever saved it. A lifecycle event changes one user's entry and
 * vouches for nothing else, so its version keeps the rights of the nearest version before it
 * saved otherwise; a version that kept no role is taken as an operator's. Without this, an
 * operator's save could make a Synapse server admin through an admin's reconcile job.
 */
export async function rightsOfVersion(versionNumber: number): Promise<VersionRights> {
  const decider = await db.policyVersion.findFirst({
    where: {
      homeserverId: HOMESERVER_ID,
      number: { lte: versionNumber },
      origin: { not: "lifecycle" },
    },
    orderBy: { number: "desc" },
    select: { number: true, author: true, authorRole: true },
  });
  return {
    role: decider?.authorRole ?? "operator",
    savedBy: decider?.author ?? null,
    versionNumber: decider?.number ?? versionNumber,
  };
}

/**
 * The role an unattended apply acts with: the lower of the job owner's and the version's rights,
 * and the sentence saying so when the version's are the lower.
 */
export function unattendedRole(ownerRole: Role, rights: VersionRights) {
  const role = lowerRole(ownerRole, rights.role);
  if (hasRole(rights.role, ownerRole)) return { role, limitedBy: null };
  const savedBy = rights.savedBy ? ` (saved by ${rights.savedBy})` : "";
  return {
    role,
    limitedBy: `Applied with ${role === "operator" ? "an operator's" : `a ${role}'s`} rights, those of version ${rights.versionNumber}${savedBy}: changes to Synapse admins and console role holders, and making server admins, are left for an admin to apply on the Policy page.`,
  };
}
