import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

/**
 * Sends an m.room.message as the service account (client-server API); returns its event ID. The
 * account must be in the room. Synapse answers a repeat of the same transaction ID from the same
 * device with the first event instead of sending another, so a retry after a crash sends once.
 */
export async function sendRoomMessage(
  http: SynapseHttp,
  roomId: string,
  txnId: string,
  content: Record<string, unknown>,
): Promise<string> {
  const answer = await http.request(z.looseObject({ event_id: z.string() }), {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/send/m.room.message/${txnId}`,
    body: content,
    what: `send a message to ${roomId}`,
  });
  return answer.event_id;
}
