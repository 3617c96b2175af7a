import { ROOM_MEMBERS_PAGE_SIZE, type RoomMembersSearch } from "@/lib/schemas/room-members-search";

export type MembersPage = {
  /** The members on this page, in user ID order. */
  rows: string[];
  page: number;
  /** Members matching the search (all members without one). */
  matching: number;
  /** All members of the room. */
  total: number;
};

/**
 * One page of a room's members. Synapse's admin API answers with every member at once, so the
 * paging happens here: a room of 10,000 members renders 100 rows, not 10,000. A page past the
 * end shows the last one.
 */
export function pageOfMembers(
  members: readonly string[],
  search: RoomMembersSearch,
  size = ROOM_MEMBERS_PAGE_SIZE,
): MembersPage {
  const needle = search.member?.toLowerCase();
  const matches = needle ? members.filter((id) => id.toLowerCase().includes(needle)) : [...members];
  matches.sort();
  const pages = Math.max(1, Math.ceil(matches.length / size));
  const page = Math.min(search.membersPage, pages);
  return {
    rows: matches.slice((page - 1) * size, page * size),
    page,
    matching: matches.length,
    total: members.length,
  };
}
