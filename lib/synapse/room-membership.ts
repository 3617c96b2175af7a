import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

// Taking a user out of a room. The admin API has no "make this user leave"; a member's own leave
// needs no power in the room, a kick needs the kick level and more power than the member.

const anyObject = z.looseObject({});

/**
 * The owner of `token` leaves the room (client-server API), or the service account without one;
 * leaving a room one is not in is refused.
 */
export async function leaveRoom(http: SynapseHttp, roomId: string, token?: string) {
  await http.request(anyObject, {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/leave`,
    auth: token ? { token } : "service",
    body: {},
    what: `leave ${roomId}`,
  });
}

/** The service account removes a member from the room (client-server kick). */
export async function kickFromRoom(
  http: SynapseHttp,
  roomId: string,
  userId: string,
  reason?: string,
) {
  await http.request(anyObject, {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/kick`,
    body: { user_id: userId, ...(reason ? { reason } : {}) },
    what: `remove ${userId} from ${roomId}`,
  });
}
