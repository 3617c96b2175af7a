import { z } from "zod";
import type { SynapseHttp } from "./http";

/** One state event to put in the new room, as createRoom's initial_state takes it. */
export type InitialStateEvent = {
  type: string;
  state_key?: string;
  content: Record<string, unknown>;
};

/** The parts of the client API's createRoom body the console uses (Matrix spec, v3). */
export type NewRoomRequest = {
  name?: string;
  topic?: string;
  /** Only the localpart: Synapse adds `#` and `:server`. */
  room_alias_name?: string;
  /** "public" lists the room in the room directory. */
  visibility?: "public" | "private";
  preset?: "private_chat" | "public_chat" | "trusted_private_chat";
  invite?: string[];
  initial_state?: InitialStateEvent[];
  /** Replaces whole top-level keys of the default power levels (a shallow merge, not a deep one). */
  power_level_content_override?: Record<string, unknown>;
  /** `{ type: "m.space" }` makes a Space. */
  creation_content?: Record<string, unknown>;
};

const createdRoomSchema = z.looseObject({
  room_id: z.string(),
  room_alias: z.string().nullish(),
});

/** Creates a room as the service account (client-server API), which becomes its creator. */
export async function createRoomAsService(http: SynapseHttp, request: NewRoomRequest) {
  const answer = await http.request(createdRoomSchema, {
    method: "POST",
    path: "/_matrix/client/v3/createRoom",
    body: request,
    what: request.name ? `create the room "${request.name}"` : "create the room",
  });
  return { roomId: answer.room_id, alias: answer.room_alias ?? null };
}
