import type { PageSize } from "@/lib/schemas/page-size";
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
  parseRoomListSearch(Object.fromEntries(query), pageSize);

/** Reads a page of the rooms list from the console's API, as the page at `href` shows it. */
export async function fetchRoomsPage(href: string, signal: AbortSignal): Promise<RoomsPage> {
  const response = await fetch(href.replace(/^\/rooms/, "/api/v1/rooms"), { signal });
  if (!response.ok) throw new Error((await response.text()).trim());
  return (await response.json()) as RoomsPage;
}
