import "server-only";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { PolicyVersion } from "@/lib/generated/prisma/client";
import { maskCredentials } from "./document/mask-credentials";
import { getVersion, latestVersion } from "./versions";

/**
 * Versions as a person reads them in pages and downloads. Operators and admins edit the policy
 * and get the saved text; viewers get it with every user's `authCredential` masked (initial
 * passwords, hashes, auth URLs). Pages and routes read versions only through here.
 */
export const hidesCredentials = (role: Role) => !hasRole(role, "operator");

function asReadBy(version: PolicyVersion | null, role: Role): PolicyVersion | null {
  if (!version || !hidesCredentials(role)) return version;
  return { ...version, content: maskCredentials(version.content) };
}

export async function readLatestVersion(role: Role): Promise<PolicyVersion | null> {
  return asReadBy(await latestVersion(), role);
}

export async function readVersion(id: string, role: Role): Promise<PolicyVersion | null> {
  return asReadBy(await getVersion(id), role);
}
