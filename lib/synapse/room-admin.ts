import { z } from "zod";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";

// Changes to one room: admin API endpoints, and the few client-server calls the service account
// makes in the room itself (power levels, directory listing), since the admin API has none.

const anyObject = z.looseObject({});

/** Gives a local member of the room the room's highest power level (joining them if needed). */
export async function makeRoomAdmin(http: SynapseHttp, roomId: string, userId: string) {
  await http.request(anyObject, {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/make_room_admin`,
    body: { user_id: userId },
    what: `make ${userId} an admin of ${roomId}`,
  });
}

/** Blocks a room (local users can no longer join it) or lifts the block. */
export async function setRoomBlocked(
  http: SynapseHttp,
  roomId: string,
  block: boolean,
): Promise<{ block: boolean }> {
  return http.request(z.looseObject({ block: z.boolean() }), {
    method: "PUT",
    path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/block`,
    body: { block },
    what: `${block ? "block" : "unblock"} ${roomId}`,
  });
}

export type DirectoryVisibility = "public" | "private";

/** Lists the room in the public room directory or takes it out, as the service account. */
export async function setRoomDirectoryVisibility(
  http: SynapseHttp,
  roomId: string,
  visibility: DirectoryVisibility,
) {
  await http.request(anyObject, {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/directory/list/room/${roomId}`,
    body: { visibility },
    what: `${visibility === "public" ? "publish" : "unpublish"} ${roomId} in the room directory`,
  });
}

/** Replaces the room's m.room.power_levels state as the service account, which needs the power. */
export async function setRoomPowerLevels(
  http: SynapseHttp,
  roomId: string,
  content: Record<string, unknown>,
) {
  const answer = await http.request(z.looseObject({ event_id: z.string() }), {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/state/m.room.power_levels`,
    body: content,
    what: `change the power levels of ${roomId}`,
  });
  return answer.event_id;
}

/**
 * Sends one state event as the service account (client-server API), such as m.space.child in a
 * space it created; it needs the power to send that type in the room.
 */
export async function setRoomState(
  http: SynapseHttp,
  roomId: string,
  event: { type: string; stateKey: string; content: Record<string, unknown> },
) {
  const answer = await http.request(z.looseObject({ event_id: z.string() }), {
    method: "PUT",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/state/${event.type}/${event.stateKey}`,
    body: event.content,
    what: `set ${event.type} in ${roomId}`,
  });
  return answer.event_id;
}

/** Joins the service account itself to a room it may enter, e.g. one it was invited to. */
export async function joinRoomAsService(http: SynapseHttp, roomId: string) {
  await http.request(z.looseObject({ room_id: z.string() }), {
    method: "POST",
    path: synapsePath`/_matrix/client/v3/rooms/${roomId}/join`,
    body: {},
    what: `join the console's account to ${roomId}`,
  });
}

export type DeleteRoomOptions = {
  block: boolean;
  purge: boolean;
  forcePurge: boolean;
  /** When set, local members are moved to a new room created by this user. */
  replacement?: { newRoomUserId: string; roomName?: string; message?: string };
};

/** Starts Synapse's background deletion of a room (admin API v2); returns the deletion's ID. */
export async function deleteRoom(http: SynapseHttp, roomId: string, options: DeleteRoomOptions) {
  const answer = await http.request(z.looseObject({ delete_id: z.string() }), {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v2/rooms/${roomId}`,
    body: {
      block: options.block,
      purge: options.purge,
      force_purge: options.forcePurge,
      ...(options.replacement && {
        new_room_user_id: options.replacement.newRoomUserId,
        room_name: options.replacement.roomName,
        message: options.replacement.message,
      }),
    },
    what: `delete ${roomId}`,
  });
  return answer.delete_id;
}

const deleteStatusSchema = z.looseObject({
  status: z.enum(["scheduled", "active", "complete", "failed", "purging", "shutting_down"]),
  error: z.string().nullish(),
  shutdown_room: z
    .looseObject({
      kicked_users: z.array(z.string()).nullish(),
      failed_to_kick_users: z.array(z.string()).nullish(),
      new_room_id: z.string().nullish(),
    })
    .nullish(),
});
export type SynapseDeleteStatus = z.output<typeof deleteStatusSchema>;

/** How far one room deletion has got. */
export function getDeleteStatus(http: SynapseHttp, deleteId: string) {
  return http.request(deleteStatusSchema, {
    path: synapsePath`/_synapse/admin/v2/rooms/delete_status/${deleteId}`,
    what: `read the status of room deletion ${deleteId}`,
  });
}

/** Starts purging the room's history before `upToTs` (ms); local events too when asked. */
export async function purgeRoomHistory(
  http: SynapseHttp,
  roomId: string,
  options: { upToTs: number; deleteLocalEvents: boolean },
) {
  const answer = await http.request(z.looseObject({ purge_id: z.string() }), {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/purge_history/${roomId}`,
    body: { purge_up_to_ts: options.upToTs, delete_local_events: options.deleteLocalEvents },
    what: `purge the history of ${roomId}`,
  });
  return answer.purge_id;
}

const purgeStatusSchema = z.looseObject({
  status: z.enum(["active", "complete", "failed"]),
  error: z.string().nullish(),
});

/** How far one history purge has got. */
export function getPurgeStatus(http: SynapseHttp, purgeId: string) {
  return http.request(purgeStatusSchema, {
    path: synapsePath`/_synapse/admin/v1/purge_history_status/${purgeId}`,
    what: `read the status of history purge ${purgeId}`,
  });
}
