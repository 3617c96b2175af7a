// Seeds room events as their members would send them (client-server API), and reads a sender's
// messages back, for the timeline, space, media and redaction tests. Test code: it takes the
// address and tokens it is given.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { SynapseHttp } from "../http";
import { synapsePath } from "../path";
import { roomMessagesSchema } from "../room-timeline";

const sentSchema = z.looseObject({ event_id: z.string() });
const createdSchema = z.looseObject({ room_id: z.string() });
const txnId = () => randomBytes(8).toString("hex");

/** Sends any event type with any content as the owner of `token`; returns its ID. */
export async function sendRoomEvent(
  http: SynapseHttp,
  token: string,
  event: { roomId: string; type: string; content: Record<string, unknown> },
): Promise<string> {
  const answer = await http.request(sentSchema, {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${event.roomId}/send/${event.type}/${txnId()}`,
    auth: { token },
    body: event.content,
    what: `send a ${event.type} event to ${event.roomId}`,
  });
  return answer.event_id;
}

/** Sets a state event as the owner of `token`; returns its ID. */
export async function sendStateEvent(
  http: SynapseHttp,
  token: string,
  event: { roomId: string; type: string; stateKey: string; content: Record<string, unknown> },
): Promise<string> {
  // Most room-wide state has an empty state key, which is no path segment: the URL then ends at the type.
  const path = event.stateKey
    ? synapsePath`/_matrix/client/v3/rooms/${event.roomId}/state/${event.type}/${event.stateKey}`
    : synapsePath`/_matrix/client/v3/rooms/${event.roomId}/state/${event.type}`;
  const answer = await http.request(sentSchema, {
    method: "PUT",
    path,
    auth: { token },
    body: event.content,
    what: `set ${event.type} in ${event.roomId}`,
  });
  return answer.event_id;
}

/** Redacts an event as the owner of `token`. */
export async function redactEvent(
  http: SynapseHttp,
  token: string,
  target: { roomId: string; eventId: string; reason?: string },
): Promise<string> {
  const answer = await http.request(sentSchema, {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${target.roomId}/redact/${target.eventId}/${txnId()}`,
    auth: { token },
    body: target.reason ? { reason: target.reason } : {},
    what: `redact ${target.eventId}`,
  });
  return answer.event_id;
}

/** A Megolm-looking event whose ciphertext is made up: the server cannot tell, nor can we. */
export const FAKE_MEGOLM_CONTENT = {
  algorithm: "m.megolm.v1.aes-sha2",
  ciphertext: "AwgAEnAcZmFrZSBjaXBoZXJ0ZXh0IGZvciB0ZXN0cw",
  device_id: "FAKEDEVICE",
  sender_key: "dGVzdC1zZW5kZXIta2V5LW5vdC1yZWFs",
  session_id: "dGVzdC1zZXNzaW9uLWlk",
};

/** Turns on encryption in the room and sends one encrypted event with a fake ciphertext. */
export async function sendFakeEncryptedEvent(http: SynapseHttp, token: string, roomId: string) {
  await sendStateEvent(http, token, {
    roomId,
    type: "m.room.encryption",
    stateKey: "",
    content: { algorithm: "m.megolm.v1.aes-sha2" },
  });
  return sendRoomEvent(http, token, {
    roomId,
    type: "m.room.encrypted",
    content: FAKE_MEGOLM_CONTENT,
  });
}

/** Creates a space (a room of type m.space) as the owner of `token`; returns its ID. */
export async function createSpace(http: SynapseHttp, token: string, name: string) {
  const answer = await http.request(createdSchema, {
    method: "POST",
    path: "/_matrix/client/v3/createRoom",
    auth: { token },
    body: { name, preset: "private_chat", creation_content: { type: "m.space" } },
    what: `create the space ${name}`,
  });
  return answer.room_id;
}

/** Lists `childId` in the space, as a client does when a room is added to a space. */
export async function addSpaceChild(
  http: SynapseHttp,
  token: string,
  spaceId: string,
  childId: string,
  serverName: string,
) {
  await sendStateEvent(http, token, {
    roomId: spaceId,
    type: "m.space.child",
    stateKey: childId,
    content: { via: [serverName] },
  });
}

export type SentMessage = {
  eventId: string;
  /** The text, or null once the message is redacted (its content emptied). */
  body: string | null;
  /** Who redacted it; null while it stands. */
  redactedBy: string | null;
};

/**
 * The m.room.message events `senderId` sent in the room, oldest first, read back through the admin
 * API with an admin's `token` (no membership needed): what a test checks after a redaction.
 */
export async function messagesOf(
  http: SynapseHttp,
  token: string,
  roomId: string,
  senderId: string,
): Promise<SentMessage[]> {
  const { chunk } = await http.request(roomMessagesSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/messages`,
    query: {
      dir: "b",
      limit: 1000,
      filter: JSON.stringify({ types: ["m.room.message"], senders: [senderId] }),
    },
    auth: { token },
    what: `read the messages of ${senderId} in ${roomId}`,
  });
  return chunk.reverse().map((event) => ({
    eventId: event.event_id,
    body: typeof event.content.body === "string" ? event.content.body : null,
    redactedBy: event.unsigned?.redacted_because?.sender ?? null,
  }));
}
