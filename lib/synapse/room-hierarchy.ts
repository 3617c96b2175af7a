import { z } from "zod";
import { nullableTextSchema } from "./common-schemas";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const childStateSchema = z.looseObject({
  /** The child room's ID. */
  state_key: z.string(),
  content: z.looseObject({ via: z.array(z.string()).optional() }),
});

const hierarchyRoomSchema = z.looseObject({
  room_id: z.string(),
  name: nullableTextSchema,
  topic: nullableTextSchema,
  canonical_alias: nullableTextSchema,
  /** "m.space" for a space; absent for a plain room. */
  room_type: nullableTextSchema,
  num_joined_members: z.number(),
  join_rule: nullableTextSchema,
  /** The m.space.child events of a space (empty for a plain room). */
  children_state: z.array(childStateSchema),
});
export type SynapseHierarchyRoom = z.output<typeof hierarchyRoomSchema>;

const hierarchySchema = z.looseObject({
  rooms: z.array(hierarchyRoomSchema),
  /** Where the next page starts; absent on the last. */
  next_batch: z.string().optional(),
});
export type SynapseRoomHierarchy = z.output<typeof hierarchySchema>;

export type RoomHierarchyParams = { from?: string; limit?: number; maxDepth?: number };

/**
 * A space and the rooms under it, depth first, as the admin sees them (no visibility check; rooms
 * of other servers this one is not in are left out). The first room of the first page is the space.
 */
export function getRoomHierarchy(
  http: SynapseHttp,
  roomId: string,
  params: RoomHierarchyParams = {},
): Promise<SynapseRoomHierarchy> {
  return http.request(hierarchySchema, {
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/hierarchy`,
    query: { from: params.from, limit: params.limit, max_depth: params.maxDepth },
    what: `read the rooms under ${roomId}`,
  });
}
