import { fetchListPage } from "@/components/ui/paged-list/fetch-list-page";
import type { PageSize } from "@/lib/schemas/page-size";
import { searchParamsOf } from "@/lib/schemas/search-params";
import { parseRoomListSearch } from "@/lib/schemas/room-list";
import type { SynapseRoomListEntry } from "@/lib/synapse/rooms";

/** One page of the rooms list, as the page renders it and `/api/v1/rooms` answers it. */
export type RoomsPage = {
  rooms: SynapseRoomListEntry[];
  total: number;
  /** The next page's number; null on the last page. */
  next_page: number | null;
};

/** The state of a rooms list URL's query, with the reader's page size where it names none. */
export const roomSearchOf = (query: URLSearchParams, pageSize?: PageSize) =>
  parseRoomListSearch(searchParamsOf(query), pageSize);

/** Reads a page of the rooms list from the console's API, as the page at `href` shows it. */
export const fetchRoomsPage = (href: string, signal: AbortSignal) =>
  fetchListPage<RoomsPage>(href.replace(/^\/rooms/, "/api/v1/rooms"), signal);
