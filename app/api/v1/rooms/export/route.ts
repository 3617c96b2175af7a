import type { NextRequest } from "next/server";
import { badQuery } from "@/lib/api/json-response";
import { findQueryProblem } from "@/lib/api/strict-query";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { listExportResponse } from "@/lib/list-export/list-export-response";
import { roomsCsvSource, toRoomExportFilter } from "@/lib/list-export/rooms-csv";
import { parseRoomListSearch, roomListSearchSchema } from "@/lib/schemas/room-list";
import { searchParamsOf } from "@/lib/schemas/search-params";

export const dynamic = "force-dynamic";

/**
 * The rooms list as CSV under the list page's filters and order (its URL's query), every page of
 * Synapse's answer. Every role that reads the rooms list may export it; the export is audited. A
 * query the page would have dropped is refused (400), as /api/v1/rooms refuses it, rather than
 * exporting a list other than the one asked for.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const raw = searchParamsOf(request.nextUrl.searchParams);
  const problem = findQueryProblem(roomListSearchSchema, raw);
  if (problem) return badQuery(problem);
  const filter = toRoomExportFilter(parseRoomListSearch(raw));
  return listExportResponse(access.user, {
    action: "rooms.export",
    list: "rooms",
    filter,
    source: (synapse) => roomsCsvSource(synapse, filter),
  });
}
