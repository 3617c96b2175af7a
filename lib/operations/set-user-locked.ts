import { recordChange } from "@/lib/audit/changes";
import { followAccountBar } from "@/lib/data/role-grants";
import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/**
 * Whether the user is locked before the change. No extra request: the user is read anyway, since
 * Synapse's user PUT would create a missing user.
 */
export async function readLockedBefore(synapse: SynapseClient, userId: string) {
  const user = await getUserOrThrow(synapse, userId);
  return user.locked;
}

/** Locks (every request refused until unlocked; console sessions end) or unlocks a user. */
export async function setUserLocked(synapse: SynapseClient, input: UserFlagInput) {
  const before = await readLockedBefore(synapse, input.userId);
  const { user } = await synapse.users.update(input.userId, { locked: input.enabled });
  recordChange("locked", before, user.locked);
  const consoleSessionsEnded = input.enabled ? await endSessionsOf(input.userId, "user_locked") : 0;
  const apiTokensRefused = await followAccountBar(input.userId, "locked", input.enabled);
  return { userId: input.userId, locked: input.enabled, consoleSessionsEnded, apiTokensRefused };
}
