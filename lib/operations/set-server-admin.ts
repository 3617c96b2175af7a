import { deleteSynapseAdminGrant } from "@/lib/data/role-grants";
import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";

/**
 * Makes a user a Synapse server admin or takes it away. Taking it away also drops the console admin
 * role that came from it and ends their console sessions (a role granted in the console stays,
 * from their next sign-in).
 */
export async function setServerAdmin(synapse: SynapseClient, input: UserFlagInput) {
  await synapse.users.setAdmin(input.userId, input.enabled);
  if (input.enabled) return { userId: input.userId, admin: true, consoleSessionsEnded: 0 };
  const consoleSessionsEnded = await endSessionsOf(input.userId, "server_admin_revoked");
  await deleteSynapseAdminGrant(input.userId, "server_admin_revoked");
  return { userId: input.userId, admin: false, consoleSessionsEnded };
}
