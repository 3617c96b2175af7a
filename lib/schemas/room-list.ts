import { z } from "zod";
import { firstValues } from "./search-params";
import type { ListRoomsParams, RoomOrderBy } from "@/lib/synapse/rooms";
import { hasNoControlCharacters } from "./text";

export const ROOM_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_ROOM_PAGE_SIZE = 25;

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

// A shared or hand-edited URL may hold anything; a bad value falls back instead of failing the page.
const pageSizeSchema = z.coerce
  .number()
  .refine((n) => (ROOM_PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_ROOM_PAGE_SIZE);

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
  size: pageSizeSchema,
  sort: z.enum(ROOM_SORT_COLUMNS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  public: flagSchema,
  empty: flagSchema,
});

export type RoomListSearch = z.output<typeof roomListSearchSchema>;

export function parseRoomListSearch(
  raw: Record<string, string | string[] | undefined>,
): RoomListSearch {
  const parsed = roomListSearchSchema.parse(firstValues(raw));
  return { ...parsed, q: parsed.q === "" ? undefined : parsed.q };
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
