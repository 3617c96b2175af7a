import type { RoomListSearch } from "@/lib/schemas/room-list";
import { toListRoomsParams } from "@/lib/schemas/room-list";
import type { SynapseClient, SynapseRoomListEntry } from "@/lib/synapse";
import type { CsvCell, PagedCsvSource } from "./paged-csv-stream";

/** Rooms per request to Synapse while exporting. */
const ROOM_EXPORT_PAGE = 500;

/** What the rooms list shows, then the rest of Synapse's room list entry. */
export const ROOM_CSV_COLUMNS = [
  "room_id",
  "name",
  "canonical_alias",
  "joined_members",
  "joined_local_members",
  "version",
  "creator",
  "encryption",
  "federatable",
  "public",
  "join_rules",
  "guest_access",
  "history_visibility",
  "state_events",
  "room_type",
] as const;

function toRecord(room: SynapseRoomListEntry): Record<(typeof ROOM_CSV_COLUMNS)[number], CsvCell> {
  return {
    room_id: room.room_id,
    name: room.name,
    canonical_alias: room.canonical_alias,
    joined_members: room.joined_members,
    joined_local_members: room.joined_local_members,
    version: room.version,
    creator: room.creator,
    encryption: room.encryption,
    federatable: room.federatable,
    public: room.public,
    join_rules: room.join_rules,
    guest_access: room.guest_access,
    history_visibility: room.history_visibility,
    state_events: room.state_events,
    room_type: room.room_type,
  };
}

/** The list's filters and order; its page and page size are not filters. */
type RoomExportFilter = Omit<RoomListSearch, "page" | "size">;

/**
 * What of the rooms list's URL state the export keeps: everything but the page on screen (a new
 * filter of the list fails to compile here until the export keeps it too).
 */
export function toRoomExportFilter(search: RoomListSearch): RoomExportFilter {
  const { q, sort, dir, public: publicOnly, empty } = search;
  return { q, sort, dir, public: publicOnly, empty };
}

/**
 * The rooms list under the filter and order, every page of it from the first room, following
 * Synapse's next_batch to the end rather than its total_rooms, which can disagree with the pages
 * (element-hq/synapse#12080).
 */
export function roomsCsvSource(
  synapse: SynapseClient,
  filter: RoomExportFilter,
  pageSize = ROOM_EXPORT_PAGE,
): PagedCsvSource<SynapseRoomListEntry, number> {
  const params = toListRoomsParams({ ...filter, page: 1, size: pageSize });
  return {
    columns: ROOM_CSV_COLUMNS,
    toRecord,
    readPage: async (from) => {
      const page = await synapse.rooms.list({ ...params, from: from ?? 0 });
      return { rows: page.rooms, next: page.next_batch };
    },
  };
}
