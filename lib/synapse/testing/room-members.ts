import { z } from "zod";
import { synapsePath } from "../path";
import { testHttp } from "./synapse-fixture";

// Client-server calls a room's owner makes in tests: invite, kick, read the room as a member.

const anyObject = z.looseObject({});

/** Invites a user to the room as the user owning `token`. */
export async function inviteToRoom(token: string, roomId: string, userId: string) {
  await testHttp().request(anyObject, {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/invite`,
    auth: { token },
    body: { user_id: userId },
    what: `invite ${userId} to ${roomId}`,
  });
}

/** Kicks a user out of the room as the user owning `token`. */
export async function kickFromTestRoom(token: string, roomId: string, userId: string) {
  await testHttp().request(anyObject, {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/kick`,
    auth: { token },
    body: { user_id: userId, reason: "test" },
    what: `kick ${userId} from ${roomId}`,
  });
}

const messagesSchema = z.looseObject({
  chunk: z.array(
    z.looseObject({
      event_id: z.string(),
      type: z.string(),
      sender: z.string(),
      content: z.record(z.string(), z.unknown()),
    }),
  ),
});

/** The room's newest m.room.message events, as a member reads them (client-server API). */
export async function readRoomMessages(token: string, roomId: string, limit = 50) {
  const { chunk } = await testHttp().request(messagesSchema, {
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/messages`,
    query: { dir: "b", limit, filter: JSON.stringify({ types: ["m.room.message"] }) },
    auth: { token },
    what: `read the messages of ${roomId}`,
  });
  return chunk;
}
