import type { NextRequest } from "next/server";
import { badQuery, jsonOrProblem } from "@/lib/api/json-response";
import { findQueryProblem } from "@/lib/api/strict-query";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { searchParamsOf } from "@/lib/schemas/search-params";
import {
  parseRoomListSearch,
  roomListSearchSchema,
  toListRoomsParams,
} from "@/lib/schemas/room-list";

export const dynamic = "force-dynamic";

/**
 * One page of Synapse's rooms list for scripts, under the rooms list page's query parameters
 * (q, page, size, sort, dir, public, empty). `next_page` is null on the last page. Every role may
 * read it; a read is not audited.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const raw = searchParamsOf(request.nextUrl.searchParams);
  const problem = findQueryProblem(roomListSearchSchema, raw);
  if (problem) return badQuery(problem);
  const search = parseRoomListSearch(raw);
  return jsonOrProblem(async () => {
    const page = await (await getServiceSynapse()).rooms.list(toListRoomsParams(search));
    return {
      rooms: page.rooms,
      total: page.total_rooms,
      next_page: page.next_batch === undefined ? null : search.page + 1,
    };
  });
}
