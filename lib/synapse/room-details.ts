import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";
import { flagSchema, nullableTextSchema } from "./common-schemas";

const roomDetailsSchema = z.looseObject({
  room_id: z.string(),
  name: nullableTextSchema,
  topic: nullableTextSchema,
  avatar: nullableTextSchema,
  canonical_alias: nullableTextSchema,
  joined_members: z.number(),
  joined_local_members: z.number(),
  joined_local_devices: z.number().optional(),
  version: nullableTextSchema,
  creator: nullableTextSchema,
  encryption: nullableTextSchema,
  federatable: flagSchema,
  public: flagSchema,
  join_rules: nullableTextSchema,
  guest_access: nullableTextSchema,
  history_visibility: nullableTextSchema,
  state_events: z.number(),
  room_type: nullableTextSchema,
  forgotten: flagSchema.optional(),
});
export type SynapseRoomDetails = z.output<typeof roomDetailsSchema>;

/** One room's summary; throws the mapped not-found error for an unknown room. */
export function getRoom(http: SynapseHttp, roomId: string): Promise<SynapseRoomDetails> {
  return http.request(roomDetailsSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}`,
    what: `read the room ${roomId}`,
  });
}

const roomMembersSchema = z.looseObject({ members: z.array(z.string()), total: z.number() });

/** The user IDs joined to a room. */
export async function listRoomMembers(http: SynapseHttp, roomId: string): Promise<string[]> {
  const answer = await http.request(roomMembersSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/members`,
    what: `list the members of ${roomId}`,
  });
  return answer.members;
}

const stateEventSchema = z.looseObject({
  type: z.string(),
  state_key: z.string(),
  sender: z.string(),
  event_id: z.string().optional(),
  origin_server_ts: z.number().optional(),
  content: z.record(z.string(), z.unknown()),
});
export type SynapseStateEvent = z.output<typeof stateEventSchema>;

const roomStateSchema = z.looseObject({ state: z.array(stateEventSchema) });

/** The room's current state events. */
export async function getRoomState(
  http: SynapseHttp,
  roomId: string,
): Promise<SynapseStateEvent[]> {
  const answer = await http.request(roomStateSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/state`,
    what: `read the state of ${roomId}`,
  });
  return answer.state;
}

/**
 * The room's current state events of one type only (admin API's type filter), so reading power
 * levels does not carry every member event of a big room.
 */
export async function getRoomStateOfType(
  http: SynapseHttp,
  roomId: string,
  type: string,
): Promise<SynapseStateEvent[]> {
  const answer = await http.request(roomStateSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/state`,
    query: { type },
    what: `read the ${type} state of ${roomId}`,
  });
  return answer.state;
}

const blockStatusSchema = z.looseObject({
  block: z.boolean(),
  user_id: nullableTextSchema,
});
export type SynapseRoomBlockStatus = z.output<typeof blockStatusSchema>;

/** Whether the room is blocked, and by whom. */
export function getRoomBlockStatus(
  http: SynapseHttp,
  roomId: string,
): Promise<SynapseRoomBlockStatus> {
  return http.request(blockStatusSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/block`,
    what: `read the block status of ${roomId}`,
  });
}

const forwardExtremitySchema = z.looseObject({
  event_id: z.string(),
  state_group: z.number().nullish(),
  depth: z.number(),
  /** When this server received the event (ms); null for some old events. */
  received_ts: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
});
export type SynapseForwardExtremity = z.output<typeof forwardExtremitySchema>;

const forwardExtremitiesSchema = z.looseObject({
  count: z.number(),
  results: z.array(forwardExtremitySchema),
});
export type SynapseForwardExtremities = z.output<typeof forwardExtremitiesSchema>;

/**
 * The room's forward extremities: the newest events nothing yet points back to. One is normal;
 * many (after federation trouble) make every new event costly to compute.
 */
export function listForwardExtremities(
  http: SynapseHttp,
  roomId: string,
): Promise<SynapseForwardExtremities> {
  return http.request(forwardExtremitiesSchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/forward_extremities`,
    what: `read the forward extremities of ${roomId}`,
  });
}

const deletedExtremitiesSchema = z.looseObject({ deleted: z.number() });

/** Deletes every forward extremity but the newest; returns how many went (0 when only one was). */
export async function deleteForwardExtremities(http: SynapseHttp, roomId: string): Promise<number> {
  const answer = await http.request(deletedExtremitiesSchema, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/forward_extremities`,
    what: `delete the forward extremities of ${roomId}`,
  });
  return answer.deleted;
}
