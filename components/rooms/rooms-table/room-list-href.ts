import { DEFAULT_PAGE_SIZE } from "@/lib/schemas/page-size";
import type { RoomListSearch } from "@/lib/schemas/room-list";

/** The rooms list URL for `search` with `changes` applied; defaults are left out to keep links short. */
export function roomListHref(
  search: RoomListSearch,
  changes: Partial<RoomListSearch> = {},
): string {
  const next = { ...search, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.size !== DEFAULT_PAGE_SIZE) params.set("size", String(next.size));
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.public) params.set("public", "1");
  if (next.empty) params.set("empty", "1");
  const query = params.toString();
  return query ? `/rooms?${query}` : "/rooms";
}

/** The rooms list's CSV export under the same filters and order: every page, from the first. */
export function roomExportHref(search: RoomListSearch): string {
  return roomListHref(search, { page: 1 }).replace(/^\/rooms/, "/api/v1/rooms/export");
}
