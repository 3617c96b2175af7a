import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";

/** Suspends (read-only on the homeserver; console sessions end) or unsuspends a user. */
export async function setUserSuspended(synapse: SynapseClient, input: UserFlagInput) {
  await synapse.users.setSuspended(input.userId, input.enabled);
  const consoleSessionsEnded = input.enabled
    ? await endSessionsOf(input.userId, "user_suspended")
    : 0;
  return { userId: input.userId, suspended: input.enabled, consoleSessionsEnded };
}
