import { recordChange } from "@/lib/audit/changes";
import { deleteSynapseAdminGrant } from "@/lib/data/role-grants";
import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";

/** Whether the user is a server admin before the change. */
export async function readAdminBefore(synapse: SynapseClient, userId: string) {
  // One extra GET .../users/<id>/admin, only for the audit's "from" (measured by bench:history).
  return synapse.users.isAdmin(userId);
}

/**
 * `reading` is readAdminBefore's answer when the caller started it early (defineAction's readBefore).
 * Makes a user a Synapse server admin or takes it away. Taking it away also drops the console admin
 * role that came from it and ends their console sessions (a role granted in the console stays,
 * from their next sign-in).
 */
export async function setServerAdmin(
  synapse: SynapseClient,
  input: UserFlagInput,
  reading: Promise<boolean> = readAdminBefore(synapse, input.userId),
) {
  const before = await reading;
  await synapse.users.setAdmin(input.userId, input.enabled);
  // Synapse answers {}: the value after is the one it accepted.
  recordChange("admin", before, input.enabled);
  if (input.enabled) return { userId: input.userId, admin: true, consoleSessionsEnded: 0 };
  const consoleSessionsEnded = await endSessionsOf(input.userId, "server_admin_revoked");
  const { count } = await deleteSynapseAdminGrant(input.userId, "server_admin_revoked");
  // The console admin role that came with server admin goes with it.
  if (count > 0) recordChange("role", "admin", null);
  return { userId: input.userId, admin: false, consoleSessionsEnded };
}
