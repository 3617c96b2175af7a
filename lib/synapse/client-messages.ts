import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const sentEventSchema = z.looseObject({ event_id: z.string() });

/**
 * Sends a text message as the user owning `token` (client-server API); returns the event ID.
 * Used to seed tests. `txnId` must be unique per token, or Synapse returns the earlier event.
 */
export async function sendTextMessage(
  http: SynapseHttp,
  token: string,
  message: { roomId: string; body: string; txnId: string },
): Promise<string> {
  const answer = await http.request(sentEventSchema, {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${message.roomId}/send/m.room.message/${message.txnId}`,
    auth: { token },
    body: { msgtype: "m.text", body: message.body },
    what: `send a message to ${message.roomId}`,
  });
  return answer.event_id;
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
