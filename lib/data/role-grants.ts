import "server-only";
import { db } from "@/lib/db";
import type { Barred } from "@/lib/auth/barred";
import { hasRole, type Role } from "@/lib/auth/roles";
import { countOpenSessions, endSessionsOf, type SessionEndReason } from "./sessions";

export function getRoleGrant(matrixId: string) {
  return db.roleGrant.findUnique({ where: { matrixId } });
}

/** Every grant, with how many console sessions and active API tokens its holder has. */
export async function findRoleGrants() {
  const grants = await db.roleGrant.findMany({ orderBy: [{ role: "asc" }, { matrixId: "asc" }] });
  const holders = grants.map((grant) => grant.matrixId);
  const [open, tokens] = await Promise.all([
    countOpenSessions(holders),
    countActiveApiTokens(holders),
  ]);
  return grants.map((grant) => ({
    ...grant,
    openSessions: open.get(grant.matrixId) ?? 0,
    activeApiTokens: tokens.get(grant.matrixId) ?? 0,
  }));
}

/** How many unrevoked, unexpired API tokens each of these people made (absent: none). */
async function countActiveApiTokens(makers: string[]): Promise<Map<string, number>> {
  const groups = await db.apiToken.groupBy({
    by: ["createdBy"],
    where: { createdBy: { in: makers }, revokedAt: null, expiresAt: { gt: new Date() } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.createdBy, group._count._all]));
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
      // A new grant's account is checked at the first use of a token its holder made before.
      create: { matrixId, role, source: "console", grantedBy, accountCheckedAt: new Date(0) },
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

/**
 * Takes the due re-check of a token maker's account (at most one every 10 minutes, in the
 * database's time): true only for the one request that found it due.
 */
export async function claimAccountCheck(matrixId: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE role_grant SET account_checked_at = now()
    WHERE matrix_id = ${matrixId} AND account_checked_at <= now() - interval '10 minutes'`;
  return claimed > 0;
}

/**
 * Makes the re-check of the person's account due at once: Synapse could not answer it, or the
 * account was just unlocked or unsuspended from the console (it may still be barred otherwise).
 * The epoch, so no difference between the app's and the database's clocks can postpone it.
 */
export async function makeAccountCheckDue(matrixId: string) {
  await db.$executeRaw`
    UPDATE role_grant SET account_checked_at = 'epoch' WHERE matrix_id = ${matrixId}`;
}

/**
 * Records why the person's account may not use the console (their API tokens are refused), or
 * null; says whether the person holds a grant it was recorded on.
 */
export async function setAccountBarred(matrixId: string, barred: Barred | null) {
  const { count } = await db.roleGrant.updateMany({
    where: { matrixId },
    data: { accountBarred: barred },
  });
  return count > 0;
}

/** A sign-in has just seen the account usable: its API tokens act again, checked as of now. */
export async function noteAccountSeenUsable(matrixId: string) {
  await db.roleGrant.updateMany({
    where: { matrixId },
    data: { accountBarred: null, accountCheckedAt: new Date() },
  });
}

/**
 * The console itself just barred the account on Synapse for `reason` (locked, suspended,
 * deactivated), or lifted that bar. A bar refuses the person's API tokens at once. A lifted one
 * clears the bar recorded for that reason and makes the check due: the account may still be barred
 * otherwise, and a token's next use asks Synapse before acting. Says whether a bar was recorded on
 * the person's console grant.
 */
export async function followAccountBar(matrixId: string, reason: Barred, barred: boolean) {
  if (barred) return setAccountBarred(matrixId, reason);
  await db.$executeRaw`
    UPDATE role_grant
    SET account_checked_at = 'epoch',
        account_barred = CASE WHEN account_barred = ${reason} THEN NULL ELSE account_barred END
    WHERE matrix_id = ${matrixId}`;
  return false;
}
