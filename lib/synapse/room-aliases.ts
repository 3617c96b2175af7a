import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

const aliasesSchema = z.looseObject({ aliases: z.array(z.string()) });

/**
 * The room's local aliases. It is a client API call; Synapse lets a server admin read it for
 * any room, so the service account need not be a member.
 */
export async function listRoomAliases(http: SynapseHttp, roomId: string): Promise<string[]> {
  const answer = await http.request(aliasesSchema, {
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/aliases`,
    what: `list the aliases of ${roomId}`,
  });
  return answer.aliases;
}

const resolvedAliasSchema = z.looseObject({ room_id: z.string() });

/** The room ID an alias (#name:server) points at, from the room directory. */
export async function resolveRoomAlias(http: SynapseHttp, alias: string): Promise<string> {
  const answer = await http.request(resolvedAliasSchema, {
    path: synapsePath`/_matrix/client/v3/directory/room/${alias}`,
    what: `look up the room alias ${alias}`,
  });
  return answer.room_id;
}
