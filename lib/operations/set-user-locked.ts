import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Locks (every request refused until unlocked; console sessions end) or unlocks a user. */
export async function setUserLocked(synapse: SynapseClient, input: UserFlagInput) {
  await getUserOrThrow(synapse, input.userId);
  await synapse.users.update(input.userId, { locked: input.enabled });
  const consoleSessionsEnded = input.enabled ? await endSessionsOf(input.userId, "user_locked") : 0;
  return { userId: input.userId, locked: input.enabled, consoleSessionsEnded };
}
