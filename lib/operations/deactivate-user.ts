import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { endSessionsOf } from "@/lib/data/sessions";
import type { DeactivateUserInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/**
 * Deactivates a user and ends their console sessions, saying how many devices were logged out by
 * it; records active (and erased, when erasing) from → to.
 */
export async function deactivateUser(synapse: SynapseClient, input: DeactivateUserInput) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (user.deactivated) throw new ActionError(`${input.userId} is already deactivated.`);
  const { devices } = await synapse.devices.list(input.userId);
  await synapse.users.deactivate(input.userId, input.erase);
  // The user read above says they were active; Synapse's answer says nothing of the state after.
  recordChange("active", true, false);
  if (input.erase) recordChange("erased", user.erased ?? false, true);
  const consoleSessionsEnded = await endSessionsOf(input.userId, "user_deactivated");
  return {
    userId: input.userId,
    erased: input.erase,
    devicesLoggedOut: devices.length,
    consoleSessionsEnded,
  };
}
