import { z } from "zod";
import { firstValues } from "./search-params";
import type { ListRoomsParams, RoomOrderBy } from "@/lib/synapse/rooms";
import { DEFAULT_PAGE_SIZE, pageSizeInUrl, type PageSize } from "./page-size";
import { hasNoControlCharacters } from "./text";

export const ROOM_SORT_COLUMNS = [
  "name",
  "joined_members",
  "joined_local_members",
  "state_events",
  "version",
  "creator",
  "encryption",
  "join_rules",
  "public",
] as const satisfies readonly RoomOrderBy[];

const flagSchema = z
  .enum(["1", "true", "on"])
  .optional()
  .transform((value) => value !== undefined)
  .catch(false);

/** The rooms table's state as it lives in the URL search params. */
export const roomListSearchSchema = z.object({
  q: z.string().trim().max(256).refine(hasNoControlCharacters).optional().catch(undefined),
  // Far past any real room list; a bigger page is a hand-edited URL.
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: pageSizeInUrl,
  sort: z.enum(ROOM_SORT_COLUMNS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  public: flagSchema,
  empty: flagSchema,
});

export type RoomListSearch = Omit<z.output<typeof roomListSearchSchema>, "size"> & { size: number };

/** The URL's state; `pageSize` (the reader's choice) applies when the URL names no page size. */
export function parseRoomListSearch(
  raw: Record<string, string | string[] | undefined>,
  pageSize: PageSize = DEFAULT_PAGE_SIZE,
): RoomListSearch {
  const parsed = roomListSearchSchema.parse(firstValues(raw));
  return { ...parsed, size: parsed.size ?? pageSize, q: parsed.q === "" ? undefined : parsed.q };
}

/** Turns the URL state into the Synapse room list query (offset paging). */
export function toListRoomsParams(search: RoomListSearch): ListRoomsParams {
  return {
    from: (search.page - 1) * search.size,
    limit: search.size,
    order_by: search.sort,
    dir: search.dir === "asc" ? "f" : "b",
    search_term: search.q,
    // Absent means "no filter" to Synapse; false would mean "only non-public".
    public_rooms: search.public ? true : undefined,
    empty_rooms: search.empty ? true : undefined,
  };
}
