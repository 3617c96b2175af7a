import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";

/**
 * The room a notification rule will post to, as a room ID (an alias is resolved now). The console's
 * service account sends the notices, so it must be in the room: when it is not, it joins now, which
 * works where it was invited or the room is public; otherwise the rule is refused with a sentence
 * saying what to do. Runs inside the rule's audit entry, which records the join.
 */
export async function resolveNotificationRoom(
  synapse: SynapseClient,
  room: string,
): Promise<string> {
  const roomId = room.startsWith("#") ? await resolveAlias(synapse, room) : room;
  const serviceUserId = await getServiceUserId(synapse);
  if ((await synapse.users.joinedRooms(serviceUserId)).includes(roomId)) return roomId;
  try {
    await synapse.rooms.joinAsService(roomId);
  } catch (error) {
    if (!isSynapseError(error, "forbidden") && !isSynapseError(error, "not_found")) throw error;
    const named = roomId === room ? room : `${room} (${roomId})`;
    throw new ActionError(
      `The console's service account ${serviceUserId} is not in the room ${named} and may not join it (${error.errcode ?? error.kind}). Invite ${serviceUserId} to the room, then save the rule again: it accepts the invitation then.`,
    );
  }
  recordChange("serviceAccountJoined", false, true);
  return roomId;
}

async function resolveAlias(synapse: SynapseClient, alias: string): Promise<string> {
  try {
    return await synapse.rooms.resolveAlias(alias);
  } catch (error) {
    if (isSynapseError(error, "not_found")) {
      throw new ActionError(`No room has the alias ${alias} on this server.`);
    }
    throw error;
  }
}
