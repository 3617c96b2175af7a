import { z } from "zod";
import { mapWithConcurrency } from "./concurrency";
import { isSynapseError } from "./errors";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";
import { getRoom } from "./room-details";

// Read-only facts about one user beyond the user record: rooms, connections, pushers, media.

const joinedRoomsSchema = z.looseObject({ joined_rooms: z.array(z.string()), total: z.number() });

/** The IDs of every room the user is joined to (Synapse does not paginate this list). */
export async function listJoinedRooms(http: SynapseHttp, userId: string): Promise<string[]> {
  const answer = await http.request(joinedRoomsSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/joined_rooms`,
    what: `list the rooms ${userId} is joined to`,
  });
  return answer.joined_rooms;
}

export type NamedRoom = {
  roomId: string;
  /** The room's name, else its canonical alias; null when it has neither or could not be read. */
  name: string | null;
  /** Why the room's details could not be read, when they could not. */
  problem: string | null;
};

export type NamedJoinedRooms = {
  rooms: NamedRoom[];
  /** Every joined room, including those beyond the cap that were not named. */
  total: number;
};

export const NAMED_ROOMS_CAP = 50;
const ROOM_NAME_CONCURRENCY = 5;

/**
 * The user's joined rooms with their names, the first `cap` only: one details call per room, so a
 * user in thousands of rooms must not cost thousands of calls. A room whose details fail keeps its ID.
 */
export async function listNamedJoinedRooms(
  http: SynapseHttp,
  userId: string,
  cap = NAMED_ROOMS_CAP,
): Promise<NamedJoinedRooms> {
  const roomIds = await listJoinedRooms(http, userId);
  const shown = roomIds.slice(0, cap);
  const details = await mapWithConcurrency(shown, ROOM_NAME_CONCURRENCY, (roomId) =>
    getRoom(http, roomId),
  );
  const rooms = shown.map((roomId, index): NamedRoom => {
    const outcome = details[index];
    if (!outcome?.ok) {
      // Only Synapse's own errors are sentences meant for people; anything else stays vague.
      const error = outcome?.error;
      const problem = isSynapseError(error) ? error.message : "Its details could not be read.";
      return { roomId, name: null, problem };
    }
    return { roomId, name: outcome.value.name ?? outcome.value.canonical_alias, problem: null };
  });
  return { rooms, total: roomIds.length };
}

const connectionSchema = z.looseObject({
  ip: z.string(),
  user_agent: z.string().nullish(),
  last_seen: z.number().nullish(),
});

const whoisSchema = z.looseObject({
  user_id: z.string(),
  devices: z.record(
    z.string(),
    z.looseObject({
      sessions: z.array(z.looseObject({ connections: z.array(connectionSchema) })),
    }),
  ),
});

export type UserConnection = {
  /** Synapse groups every connection under the device key "" today; kept for when it does not. */
  device: string;
  ip: string;
  userAgent: string | null;
  lastSeen: number | null;
};

/** Where and with what the user connected: one row per access token and IP, latest first. */
export async function listUserConnections(
  http: SynapseHttp,
  userId: string,
): Promise<UserConnection[]> {
  const answer = await http.request(whoisSchema, {
    path: synapsePath`/_synapse/admin/v1/whois/${userId}`,
    what: `read the connections of ${userId}`,
  });
  const rows = Object.entries(answer.devices).flatMap(([device, { sessions }]) =>
    sessions.flatMap((session) =>
      session.connections.map((connection) => ({
        device,
        ip: connection.ip,
        userAgent: connection.user_agent ?? null,
        lastSeen: connection.last_seen ?? null,
      })),
    ),
  );
  return rows.sort((a, b) => (b.lastSeen ?? 0) - (a.lastSeen ?? 0));
}

const pusherSchema = z.looseObject({
  kind: z.string(),
  app_id: z.string(),
  app_display_name: z.string().nullish(),
  device_display_name: z.string().nullish(),
  pushkey: z.string(),
  lang: z.string().nullish(),
  profile_tag: z.string().nullish(),
  data: z.looseObject({ url: z.string().optional(), format: z.string().optional() }).nullish(),
  enabled: z.boolean().optional(),
  device_id: z.string().nullish(),
});
export type SynapsePusher = z.output<typeof pusherSchema>;

const pushersSchema = z.looseObject({ pushers: z.array(pusherSchema), total: z.number() });

/** The push gateways (phones, email) Synapse notifies for this user. */
export async function listUserPushers(http: SynapseHttp, userId: string): Promise<SynapsePusher[]> {
  const answer = await http.request(pushersSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/pushers`,
    what: `list the pushers of ${userId}`,
  });
  return answer.pushers;
}

const userMediaPageSchema = z.looseObject({ media: z.array(z.unknown()), total: z.number() });

/** How many media files the user uploaded; asks for one item so only the count travels. */
export async function countUserMedia(http: SynapseHttp, userId: string): Promise<number> {
  const answer = await http.request(userMediaPageSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/media`,
    query: { limit: 1 },
    what: `count the media of ${userId}`,
  });
  return answer.total;
}
