import { z } from "zod";
import { firstValues, type SearchParams } from "./search-params";

/** Files shown per page of a room's media lists; Synapse sends every URI, the page shows this many. */
export const ROOM_MEDIA_PAGE_SIZE = 25;

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The room page's media lists, as they live in the URL (`?localMediaPage=2`). */
export const roomMediaSearchSchema = z.object({
  localMediaPage: pageSchema,
  remoteMediaPage: pageSchema,
});
export type RoomMediaSearch = z.output<typeof roomMediaSearchSchema>;

export function parseRoomMediaSearch(raw: SearchParams): RoomMediaSearch {
  return roomMediaSearchSchema.parse(firstValues(raw));
}

/** The search string with one list's page changed, other parameters of the page kept. */
export function toRoomMediaQuery(raw: SearchParams, changes: Partial<RoomMediaSearch>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(firstValues(raw))) {
    if (value !== undefined) query.set(key, value);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === 1) query.delete(key);
    else query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
