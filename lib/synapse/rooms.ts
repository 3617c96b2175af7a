import { z } from "zod";
import type { SynapseHttp } from "./http";
import { flagSchema, nullableTextSchema } from "./common-schemas";

const roomListEntrySchema = z.looseObject({
  room_id: z.string(),
  name: nullableTextSchema,
  canonical_alias: nullableTextSchema,
  joined_members: z.number(),
  joined_local_members: z.number(),
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
});
export type SynapseRoomListEntry = z.output<typeof roomListEntrySchema>;

const offsetSchema = z
  .union([z.number(), z.string()])
  .optional()
  .transform((value) => (value === undefined ? undefined : Number(value)));

const roomListSchema = z.looseObject({
  rooms: z.array(roomListEntrySchema),
  offset: offsetSchema,
  /** Can disagree with what the pages hold (element-hq/synapse#12080). */
  total_rooms: z.number(),
  next_batch: offsetSchema,
  prev_batch: offsetSchema,
});
export type SynapseRoomList = z.output<typeof roomListSchema>;

export type RoomOrderBy =
  | "name"
  | "canonical_alias"
  | "joined_members"
  | "joined_local_members"
  | "version"
  | "creator"
  | "encryption"
  | "federatable"
  | "public"
  | "join_rules"
  | "guest_access"
  | "history_visibility"
  | "state_events";

export type ListRoomsParams = {
  /** Offset to start at: 0, or a previous page's next_batch. */
  from?: number;
  limit?: number;
  order_by?: RoomOrderBy;
  dir?: "f" | "b";
  /** Matches room name, canonical alias and room ID. */
  search_term?: string;
  public_rooms?: boolean;
  empty_rooms?: boolean;
};

/** One page of the rooms this homeserver knows. */
export function listRooms(
  http: SynapseHttp,
  params: ListRoomsParams = {},
): Promise<SynapseRoomList> {
  return http.request(roomListSchema, {
    path: "/_synapse/admin/v1/rooms",
    query: params,
    what: "list rooms",
  });
}
