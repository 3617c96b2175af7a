import { ActionError } from "@/lib/actions/action-result";
import type { DeactivateUserInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Deactivates a user, saying how many devices were logged out by it. */
export async function deactivateUser(synapse: SynapseClient, input: DeactivateUserInput) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (user.deactivated) throw new ActionError(`${input.userId} is already deactivated.`);
  const { devices } = await synapse.devices.list(input.userId);
  await synapse.users.deactivate(input.userId, input.erase);
  return { userId: input.userId, erased: input.erase, devicesLoggedOut: devices.length };
}
