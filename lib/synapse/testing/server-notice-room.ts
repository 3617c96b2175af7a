import { z } from "zod";
import type { SynapseHttp } from "../http";
import { synapsePath } from "../path";

// Reads a user's server notices back through the admin API, as an admin checking that a notice
// really arrived would: the rooms the user is in or invited to, then each room's messages.

const membershipsSchema = z.looseObject({ memberships: z.record(z.string(), z.string()) });

const messagesSchema = z.looseObject({
  chunk: z.array(
    z.looseObject({
      type: z.string(),
      sender: z.string(),
      event_id: z.string(),
      content: z.looseObject({ msgtype: z.string().optional(), body: z.string().optional() }),
    }),
  ),
});

export type ReceivedNotice = { roomId: string; eventId: string; sender: string; body: string };

/** Every text message in the rooms the user was invited to or joined, newest first per room. */
export async function findNoticesOf(
  http: SynapseHttp,
  adminToken: string,
  userId: string,
): Promise<ReceivedNotice[]> {
  const auth = { token: adminToken };
  const { memberships } = await http.request(membershipsSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/memberships`,
    auth,
  });
  const found: ReceivedNotice[] = [];
  for (const [roomId, membership] of Object.entries(memberships)) {
    if (membership !== "invite" && membership !== "join") continue;
    const { chunk } = await http.request(messagesSchema, {
      path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/messages`,
      query: { dir: "b", limit: 50 },
      auth,
    });
    for (const event of chunk)
      if (event.type === "m.room.message" && event.content.body !== undefined)
        found.push({
          roomId,
          eventId: event.event_id,
          sender: event.sender,
          body: event.content.body,
        });
  }
  return found;
}
