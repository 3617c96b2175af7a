import { z } from "zod";
import type { SynapseHttp } from "./http";
import {
  flagSchema,
  nextOffsetSchema,
  nullableNumberSchema,
  nullableTextSchema,
} from "./common-schemas";
import { synapsePath } from "./path";

const uploadedSchema = z.looseObject({ content_uri: z.string().startsWith("mxc://") });

export type MediaUpload = {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName?: string;
};

/**
 * Uploads a file to the media repository as the service account (client-server media API, the
 * admin API has none) and returns its mxc:// URI. Synapse's max_upload_size still applies.
 */
export async function uploadMedia(http: SynapseHttp, media: MediaUpload): Promise<string> {
  const answer = await http.request(uploadedSchema, {
    method: "POST",
    path: "/_matrix/media/v3/upload",
    query: { filename: media.fileName },
    upload: { bytes: media.bytes, contentType: media.contentType },
    what: `upload ${media.fileName ?? "a file"} (${media.bytes.byteLength} bytes)`,
  });
  return answer.content_uri;
}

// --- The admin API's media of users and rooms (docs/admin_api/media_admin_api.md, user_admin_api.md)

/** A local file as Synapse's admin API describes it (users/<id>/media and media/<server>/<id>). */
const localMediaSchema = z.looseObject({
  media_id: z.string(),
  media_type: z.string(),
  /** Bytes; null while an asynchronous upload has not arrived. */
  media_length: nullableNumberSchema,
  upload_name: nullableTextSchema,
  created_ts: z.number(),
  /** When the file was last downloaded or thumbnailed (ms); null when never. */
  last_access_ts: nullableNumberSchema,
  /** Who quarantined it; null when it is not quarantined. */
  quarantined_by: nullableTextSchema,
  /**
   * Protected media cannot be quarantined (Synapse skips it silently). The media info read of one
   * file sends the database's value as it is: 0 or 1 on SQLite.
   */
  safe_from_quarantine: flagSchema.nullish().transform((value) => value ?? false),
  user_id: nullableTextSchema,
});
export type SynapseLocalMedia = z.output<typeof localMediaSchema>;

const userMediaListSchema = z.looseObject({
  media: z.array(localMediaSchema),
  total: z.number(),
  next_token: nextOffsetSchema,
});
export type SynapseUserMediaList = z.output<typeof userMediaListSchema>;

/** The orders Synapse's MediaSortOrder allows for a user's media. */
export const USER_MEDIA_ORDER_BY = [
  "media_id",
  "upload_name",
  "created_ts",
  "last_access_ts",
  "media_length",
  "media_type",
  "quarantined_by",
  "safe_from_quarantine",
] as const;
export type UserMediaOrderBy = (typeof USER_MEDIA_ORDER_BY)[number];

export type ListUserMediaParams = {
  from?: number;
  limit?: number;
  order_by?: UserMediaOrderBy;
  dir?: "f" | "b";
};

/** One page of the files a local user uploaded; without order, Synapse lists the newest first. */
export function listUserMedia(
  http: SynapseHttp,
  userId: string,
  params: ListUserMediaParams = {},
): Promise<SynapseUserMediaList> {
  return http.request(userMediaListSchema, {
    path: synapsePath`/_synapse/admin/v1/users/${userId}/media`,
    query: params,
    what: `list the media of ${userId}`,
  });
}

const deletedMediaSchema = z.looseObject({
  deleted_media: z.array(z.string()),
  total: z.number(),
});
export type DeletedMedia = z.output<typeof deletedMediaSchema>;

/**
 * Deletes the first `limit` files of the user's media (newest first). Synapse answers no
 * next_token here: call again until it deletes none.
 */
export function deleteUserMediaPage(
  http: SynapseHttp,
  userId: string,
  limit: number,
): Promise<DeletedMedia> {
  return http.request(deletedMediaSchema, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/users/${userId}/media`,
    query: { limit },
    what: `delete the media of ${userId}`,
  });
}

/** One file, local or cached remote; Synapse answers 404 for one it does not hold. */
export async function getMediaInfo(
  http: SynapseHttp,
  serverName: string,
  mediaId: string,
): Promise<SynapseLocalMedia> {
  const answer = await http.request(z.looseObject({ media_info: localMediaSchema }), {
    path: synapsePath`/_synapse/admin/v1/media/${serverName}/${mediaId}`,
    what: `read the media ${mediaId}`,
  });
  return answer.media_info;
}

/** Deletes a local file and its thumbnails; Synapse refuses remote media (400). */
export function deleteMedia(
  http: SynapseHttp,
  serverName: string,
  mediaId: string,
): Promise<DeletedMedia> {
  return http.request(deletedMediaSchema, {
    method: "DELETE",
    path: synapsePath`/_synapse/admin/v1/media/${serverName}/${mediaId}`,
    what: `delete the media ${mediaId}`,
  });
}

/**
 * Quarantines (nobody can download it through this server) or releases one file. Synapse
 * quarantines every file with the same content (SHA-256) too, and skips protected local files.
 */
export async function setMediaQuarantined(
  http: SynapseHttp,
  serverName: string,
  mediaId: string,
  quarantined: boolean,
): Promise<void> {
  const verb = quarantined ? "quarantine" : "unquarantine";
  await http.request(z.looseObject({}), {
    method: "POST",
    path: quarantined
      ? synapsePath`/_synapse/admin/v1/media/quarantine/${serverName}/${mediaId}`
      : synapsePath`/_synapse/admin/v1/media/unquarantine/${serverName}/${mediaId}`,
    body: {},
    what: `${verb} the media ${mediaId}`,
  });
}

/** Protects a local file from quarantine, or takes the protection away. */
export async function setMediaProtected(
  http: SynapseHttp,
  mediaId: string,
  protect: boolean,
): Promise<void> {
  await http.request(z.looseObject({}), {
    method: "POST",
    path: protect
      ? synapsePath`/_synapse/admin/v1/media/protect/${mediaId}`
      : synapsePath`/_synapse/admin/v1/media/unprotect/${mediaId}`,
    body: {},
    what: `${protect ? "protect" : "unprotect"} the media ${mediaId}`,
  });
}

const roomMediaSchema = z.looseObject({
  local: z.array(z.string()),
  remote: z.array(z.string()),
});
export type SynapseRoomMedia = z.output<typeof roomMediaSchema>;

/**
 * The mxc:// URIs of the files a room's events point at (content url and thumbnail url), local
 * and remote. Synapse answers them all at once, unpaged.
 */
export function listRoomMedia(http: SynapseHttp, roomId: string): Promise<SynapseRoomMedia> {
  return http.request(roomMediaSchema, {
    path: synapsePath`/_synapse/admin/v1/room/${roomId}/media`,
    what: `list the media of ${roomId}`,
  });
}

/** Quarantines every file the room's events point at (protected ones stay); returns how many. */
export async function quarantineRoomMedia(http: SynapseHttp, roomId: string): Promise<number> {
  const answer = await http.request(z.looseObject({ num_quarantined: z.number() }), {
    method: "POST",
    path: synapsePath`/_synapse/admin/v1/room/${roomId}/media/quarantine`,
    body: {},
    what: `quarantine the media of ${roomId}`,
  });
  return answer.num_quarantined;
}

export type ThumbnailSize = { width: number; height: number; method: "crop" | "scale" };

/**
 * Opens a thumbnail of a file (authenticated media API), as an unread answer to stream on. Synapse
 * notes the file as accessed; it answers 404 for quarantined media and for files without one.
 */
export function openThumbnail(
  http: SynapseHttp,
  serverName: string,
  mediaId: string,
  size: ThumbnailSize,
): Promise<Response> {
  return http.stream({
    path: synapsePath`/_matrix/client/v1/media/thumbnail/${serverName}/${mediaId}`,
    query: { ...size, timeout_ms: 0 },
    what: `read a thumbnail of ${mediaId}`,
  });
}
