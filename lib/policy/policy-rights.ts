import { hasRole, lowerRole, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** The rights a version's content carries, and the saved version that set them when below admin. */
export type VersionRights = {
  role: Role;
  /** The latest version that lowered them, with who saved it; null at an admin's rights. */
  loweredBy: { versionNumber: number; savedBy: string } | null;
};

/**
 * The latest version up to `versionNumber` an admin vouched for: pulled from the source an admin
 * set, or one whose plan an admin applied from its page, having read its actions. 0 for none.
 */
async function lastVouchedNumber(versionNumber: number): Promise<number> {
  const [pulled, reviewed] = await Promise.all([
    db.policyVersion.findFirst({
      where: { homeserverId: HOMESERVER_ID, origin: "url", number: { lte: versionNumber } },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
    db.$queryRaw<Array<{ number: number | null }>>`
      SELECT max(v.number)::int AS number
      FROM policy_plan p JOIN policy_version v ON v.id = p.version_id
      WHERE v.homeserver_id = ${HOMESERVER_ID} AND v.number <= ${versionNumber}
        AND p.reviewed_role = 'admin'`,
  ]);
  return Math.max(pulled?.number ?? 0, reviewed[0]?.number ?? 0);
}

/**
 * The rights a version may be applied with when no person reviews the plan (a scheduled
 * reconcile, a lifecycle run): the lowest role among those who saved a version since an admin last
 * vouched for one (lastVouchedNumber). A version carries the whole document, so an admin's save
 * on top of an operator's does not vouch for the operator's lines; only applying a plan, whose
 * actions an admin reads, does. A lifecycle event's version changes one user's entry and lowers
 * nothing; a version that kept no role counts as an operator's. Without this, an operator's save
 * could make a Synapse server admin through an admin's reconcile job.
 */
export async function rightsOfVersion(versionNumber: number): Promise<VersionRights> {
  const since = await lastVouchedNumber(versionNumber);
  // The latest version saved with each role below admin (or with none), one indexed read each.
  const lowering = await Promise.all(
    (["viewer", "operator", null] as const).map((authorRole) =>
      db.policyVersion.findFirst({
        where: {
          homeserverId: HOMESERVER_ID,
          number: { gt: since, lte: versionNumber },
          origin: { not: "lifecycle" },
          authorRole,
        },
        orderBy: { number: "desc" },
        select: { number: true, author: true, authorRole: true },
      }),
    ),
  );
  let rights: VersionRights = { role: "admin", loweredBy: null };
  for (const version of lowering) {
    if (!version) continue;
    const role = version.authorRole ?? "operator";
    // The lowest role, and of two versions with it the later.
    const lower = !hasRole(role, rights.role);
    const laterOfSame =
      role === rights.role && version.number > (rights.loweredBy?.versionNumber ?? 0);
    if (lower || laterOfSame) {
      rights = { role, loweredBy: { versionNumber: version.number, savedBy: version.author } };
    }
  }
  return rights;
}

/**
 * The role an unattended apply acts with: the lower of the job owner's and the content's, and the
 * sentence saying so when the content's are the lower.
 */
export function unattendedRole(ownerRole: Role, rights: VersionRights) {
  const role = lowerRole(ownerRole, rights.role);
  if (hasRole(rights.role, ownerRole) || !rights.loweredBy) return { role, limitedBy: null };
  const { versionNumber, savedBy } = rights.loweredBy;
  return {
    role,
    limitedBy: `Applied with ${role === "operator" ? "an operator's" : `a ${role}'s`} rights: version ${versionNumber}, saved by ${savedBy}, came after the last plan an admin applied from the Policy page. Making server admins and room admins, changing Synapse admins and console role holders, and joins to rooms that are not public wait for an admin to review and apply the plan there.`,
  };
}
