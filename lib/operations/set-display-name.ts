import { ActionError } from "@/lib/actions/action-result";
import type { SetDisplayNameInput } from "@/lib/schemas/user";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/**
 * Changes a user's display name. Synapse's user PUT creates a missing user, so the user is read
 * first: changing the name of someone who does not exist must not invent them.
 */
export async function setDisplayName(synapse: SynapseClient, input: SetDisplayNameInput) {
  const before = await synapse.users.get(input.userId).catch((error: unknown) => {
    if (isSynapseError(error, "not_found"))
      throw new ActionError(`There is no user ${input.userId} on this homeserver.`);
    throw error;
  });
  const { user } = await synapse.users.update(input.userId, { displayname: input.displayName });
  return {
    userId: input.userId,
    before: before.displayname ?? null,
    after: user.displayname ?? null,
  };
}
