import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/**
 * The user as Synapse has them, or an ActionError saying they do not exist. Needed before any
 * change made through the user PUT, which would otherwise create the missing user.
 */
export async function getUserOrThrow(synapse: SynapseClient, userId: string) {
  return synapse.users.get(userId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(`There is no user ${userId} on this homeserver.`);
    throw error;
  });
}
