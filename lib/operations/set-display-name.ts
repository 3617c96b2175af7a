import { recordChange } from "@/lib/audit/changes";
import type { SetDisplayNameInput } from "@/lib/schemas/user";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/**
 * The display name before the change. No extra request: the user is read anyway, since Synapse's
 * user PUT would create a missing user.
 */
export async function readDisplayNameBefore(synapse: SynapseClient, userId: string) {
  const user = await getUserOrThrow(synapse, userId);
  return user.displayname;
}

/** Changes a user's display name, recording it from → to (the "to" as Synapse answered). */
export async function setDisplayName(synapse: SynapseClient, input: SetDisplayNameInput) {
  const before = await readDisplayNameBefore(synapse, input.userId);
  const { user } = await synapse.users.update(input.userId, { displayname: input.displayName });
  const after = user.displayname;
  recordChange("displayname", before, after);
  return { userId: input.userId, before, after };
}
