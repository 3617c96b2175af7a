import { z } from "zod";
import { firstValues, type SearchParams } from "./search-params";
import { hasNoControlCharacters } from "./text";

/** Members shown per page of a room's page; Synapse sends them all, the page shows this many. */
export const ROOM_MEMBERS_PAGE_SIZE = 100;

/** The room page's members list state, as it lives in the URL (`?membersPage=2&member=bob`). */
export const roomMembersSearchSchema = z.object({
  // A shared or hand-edited URL may hold anything; a bad value falls back instead of failing.
  membersPage: z.coerce.number().int().min(1).max(100_000).catch(1),
  member: z.string().trim().max(256).refine(hasNoControlCharacters).optional().catch(undefined),
});

export type RoomMembersSearch = z.infer<typeof roomMembersSearchSchema>;

/** Reads the members list state from a page's search params (a repeated key counts once). */
export function parseRoomMembersSearch(params: SearchParams): RoomMembersSearch {
  const { membersPage, member } = firstValues(params);
  return roomMembersSearchSchema.parse({ membersPage, member: member || undefined });
}
