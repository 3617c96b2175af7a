import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { followAccountBar } from "@/lib/data/role-grants";
import { endSessionsOf } from "@/lib/data/sessions";
import type { DeactivateUserInput } from "@/lib/schemas/user-actions";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import { startUserRedaction } from "./redact-user-events";
import { getUserOrThrow } from "./require-user";

/**
 * Deactivates a user and ends their console sessions, saying how many devices were logged out by
 * it; records active (and erased, when erasing) from → to. With `redact`, their messages in the
 * rooms they were joined to are redacted afterwards: the rooms are read before, since
 * deactivation takes them out of every room and Synapse's "all rooms" would then find none.
 */
export async function deactivateUser(synapse: SynapseClient, input: DeactivateUserInput) {
  const user = await getUserOrThrow(synapse, input.userId);
  if (user.deactivated) throw new ActionError(`${input.userId} is already deactivated.`);
  const [{ devices }, rooms] = await Promise.all([
    synapse.devices.list(input.userId),
    input.redact ? synapse.users.joinedRooms(input.userId) : Promise.resolve([]),
  ]);
  await synapse.users.deactivate(input.userId, input.erase);
  // The user read above says they were active; Synapse's answer says nothing of the state after.
  recordChange("active", true, false);
  if (input.erase) recordChange("erased", user.erased ?? false, true);
  const consoleSessionsEnded = await endSessionsOf(input.userId, "user_deactivated");
  const apiTokensRefused = await followAccountBar(input.userId, "deactivated", true);
  const redaction = input.redact
    ? await redactAfterDeactivation(synapse, input.userId, rooms, input.redactReason ?? "")
    : null;
  return {
    userId: input.userId,
    erased: input.erase,
    devicesLoggedOut: devices.length,
    consoleSessionsEnded,
    apiTokensRefused,
    redaction,
  };
}

async function redactAfterDeactivation(
  synapse: SynapseClient,
  userId: string,
  rooms: string[],
  reason: string,
) {
  // No rooms: Synapse would read an empty list as "every room", which after deactivation is none.
  if (!rooms.length) return { redactId: null, rooms };
  try {
    const started = await startUserRedaction(synapse, { userId, rooms, reason });
    return { redactId: started.redactId, rooms };
  } catch (error) {
    const why = isSynapseError(error) || error instanceof ActionError ? error.message : "";
    throw new ActionError(
      `${userId} is deactivated, but the redaction of their messages did not start. ${why}`.trim(),
      { cause: error },
    );
  }
}
