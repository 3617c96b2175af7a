import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const sentEventSchema = z.looseObject({ event_id: z.string() });

/**
 * Sends an m.room.message with `content` (client-server API), as the user owning `token`, or as
 * the client's own account without one; returns its event ID. The sender must be in the room.
 * Synapse answers a repeat of the same transaction ID from the same device with the first event
 * instead of sending another, so a retry after a crash sends once.
 */
export async function sendRoomMessage(
  http: SynapseHttp,
  message: { roomId: string; txnId: string; content: Record<string, unknown>; token?: string },
): Promise<string> {
  const { roomId, txnId, content, token } = message;
  const answer = await http.request(sentEventSchema, {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/send/m.room.message/${txnId}`,
    ...(token ? { auth: { token } } : {}),
    body: content,
    what: `send a message to ${roomId}`,
  });
  return answer.event_id;
}

/**
 * Sends a text message as the user owning `token`; returns the event ID. Used to seed tests.
 * `txnId` must be unique per token, or Synapse returns the earlier event.
 */
export function sendTextMessage(
  http: SynapseHttp,
  token: string,
  message: { roomId: string; body: string; txnId: string },
): Promise<string> {
  const { roomId, body, txnId } = message;
  return sendRoomMessage(http, { roomId, txnId, token, content: { msgtype: "m.text", body } });
}

export type EventReportBody = {
  reason?: string;
  /** -100 (most offensive) to 0 (inoffensive). */
  score?: number;
};

/** Reports an event as the user owning `token`, as a client would. Used to seed tests. */
export async function reportEvent(
  http: SynapseHttp,
  token: string,
  report: { roomId: string; eventId: string } & EventReportBody,
): Promise<void> {
  await http.request(z.looseObject({}), {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${report.roomId}/report/${report.eventId}`,
    auth: { token },
    body: { reason: report.reason, score: report.score },
    what: `report the event ${report.eventId}`,
  });
}
