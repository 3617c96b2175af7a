import type { NextRequest } from "next/server";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { listExportResponse } from "@/lib/list-export/list-export-response";
import { roomsCsvSource, toRoomExportFilter } from "@/lib/list-export/rooms-csv";
import { searchParamsOf } from "@/lib/list-export/search-params-of";
import { parseRoomListSearch } from "@/lib/schemas/room-list";

export const dynamic = "force-dynamic";

/**
 * The rooms list as CSV under the list page's filters and order (its URL's query), every page of
 * Synapse's answer. Every role that reads the rooms list may export it; the export is audited.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const filter = toRoomExportFilter(
    parseRoomListSearch(searchParamsOf(request.nextUrl.searchParams)),
  );
  return listExportResponse(access.user, {
    action: "rooms.export",
    list: "rooms",
    filter,
    source: (synapse) => roomsCsvSource(synapse, filter),
  });
}
