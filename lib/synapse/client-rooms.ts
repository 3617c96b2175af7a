import { z } from "zod";
import type { SynapseHttp } from "./http";

export type CreateRoomBody = {
  name?: string;
  topic?: string;
  preset?: "private_chat" | "public_chat" | "trusted_private_chat";
  visibility?: "public" | "private";
  room_alias_name?: string;
};

const createdRoomSchema = z.looseObject({ room_id: z.string() });

/** Creates a room as the user owning `token` (client-server API); returns its ID. Used to seed tests. */
export async function createRoom(
  http: SynapseHttp,
  token: string,
  body: CreateRoomBody,
): Promise<string> {
  const answer = await http.request(createdRoomSchema, {
    method: "POST",
    path: "/_matrix/client/v3/createRoom",
    auth: { token },
    body,
    what: `create the room ${body.name ?? ""}`.trim(),
  });
  return answer.room_id;
}
