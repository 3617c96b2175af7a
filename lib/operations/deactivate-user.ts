import { ActionError } from "@/lib/actions/action-result";
import { endSessionsOf } from "@/lib/data/sessions";
import type { DeactivateUserInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Deactivates a user and ends their console sessions, saying how many devices were logged out by it. */
export async function deactivateUser(synapse: SynapseClient, input: DeactivateUserInput) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (user.deactivated) throw new ActionError(`${input.userId} is already deactivated.`);
  const { devices } = await synapse.devices.list(input.userId);
  await synapse.users.deactivate(input.userId, input.erase);
  const consoleSessionsEnded = await endSessionsOf(input.userId, "user_deactivated");
  return {
    userId: input.userId,
    erased: input.erase,
    devicesLoggedOut: devices.length,
    consoleSessionsEnded,
  };
}
