import { recordChange } from "@/lib/audit/changes";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Whether the user is shadow-banned before the change. */
export async function readShadowBannedBefore(synapse: SynapseClient, userId: string) {
  // One extra GET .../v2/users/<id>, only for the audit's "from".
  const user = await getUserOrThrow(synapse, userId);
  return user.shadow_banned;
}

/** Shadow-bans a user (their messages reach nobody, without telling them) or lifts it. */
export async function setUserShadowBanned(
  synapse: SynapseClient,
  input: UserFlagInput,
  reading: Promise<boolean> = readShadowBannedBefore(synapse, input.userId),
) {
  const before = await reading;
  await synapse.users.setShadowBanned(input.userId, input.enabled);
  // Synapse answers {}: the value after is the one it accepted.
  recordChange("shadow_banned", before, input.enabled);
  return { userId: input.userId, shadowBanned: input.enabled };
}
