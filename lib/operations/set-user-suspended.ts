import { recordChange } from "@/lib/audit/changes";
import { followAccountBar } from "@/lib/data/role-grants";
import { endSessionsOf } from "@/lib/data/sessions";
import type { UserFlagInput } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import { getUserOrThrow } from "./require-user";

/** Whether the user is suspended before the change. */
export async function readSuspendedBefore(synapse: SynapseClient, userId: string) {
  // One extra GET .../v2/users/<id>, only for the audit's "from".
  const user = await getUserOrThrow(synapse, userId);
  return user.suspended ?? false;
}

/** Suspends (read-only on the homeserver; console sessions end) or unsuspends a user. */
export async function setUserSuspended(
  synapse: SynapseClient,
  input: UserFlagInput,
  reading: Promise<boolean> = readSuspendedBefore(synapse, input.userId),
) {
  const before = await reading;
  await synapse.users.setSuspended(input.userId, input.enabled);
  // Synapse answers {}: the value after is the one it accepted.
  recordChange("suspended", before, input.enabled);
  const consoleSessionsEnded = input.enabled
    ? await endSessionsOf(input.userId, "user_suspended")
    : 0;
  const apiTokensRefused = await followAccountBar(input.userId, "suspended", input.enabled);
  return { userId: input.userId, suspended: input.enabled, consoleSessionsEnded, apiTokensRefused };
}
