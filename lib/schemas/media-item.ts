import { z } from "zod";
import { matrixUserIdSchema, roomIdSchema } from "./matrix-id";

/** The most files one request acts on: one page of a user's media list. */
export const MAX_MEDIA_PER_REQUEST = 100;

/** Synapse's media IDs: letters, digits, "_" and "-" (the grammar of mxc:// URIs). */
export const mediaIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,255}$/, "must be a media ID such as AbCdEfGh123");

const userId = z.string().trim().pipe(matrixUserIdSchema);

const mediaIds = z
  .array(mediaIdSchema)
  .min(1, "select at least one file")
  .max(MAX_MEDIA_PER_REQUEST, `select at most ${MAX_MEDIA_PER_REQUEST} files at a time`)
  // The same file twice would be acted on and audited twice.
  .transform((ids) => [...new Set(ids)]);

/**
 * Files of one user's media list. The owner is named so the user-target rule can judge the
 * request; the action checks on Synapse that each file really is theirs before changing any.
 */
export const userMediaItemsSchema = z.object({ userId, mediaIds });
export type UserMediaItemsInput = z.output<typeof userMediaItemsSchema>;

export const setMediaQuarantinedSchema = z.object({
  userId,
  mediaIds,
  quarantined: z.boolean(),
});
export type SetMediaQuarantinedInput = z.output<typeof setMediaQuarantinedSchema>;

export const setMediaProtectedSchema = z.object({ userId, mediaIds, protected: z.boolean() });
export type SetMediaProtectedInput = z.output<typeof setMediaProtectedSchema>;

/** Every file a user uploaded. */
export const deleteUserMediaSchema = z.object({ userId });
export type DeleteUserMediaInput = z.output<typeof deleteUserMediaSchema>;

export const quarantineRoomMediaSchema = z.object({
  roomId: z.string().trim().pipe(roomIdSchema),
});
export type QuarantineRoomMediaInput = z.output<typeof quarantineRoomMediaSchema>;

/**
 * The server and media ID of an mxc:// URI, or null when it is not one. The server must read as
 * a server name (host and optional port, as the Matrix spec has it): room members write these
 * URIs, and "mxc://../x" must not reach a Synapse path.
 */
export function parseMxcUri(uri: string): { serverName: string; mediaId: string } | null {
  const match = /^mxc:\/\/([A-Za-z0-9.:[\]-]*[A-Za-z0-9\]](?::\d{1,5})?)\/([A-Za-z0-9_-]+)$/.exec(
    uri,
  );
  return match ? { serverName: match[1] ?? "", mediaId: match[2] ?? "" } : null;
}

/** The server a local user's media lives on: the part of the user ID after the first ":". */
export function serverNameOfUser(userId: string): string {
  return userId.slice(userId.indexOf(":") + 1);
}
