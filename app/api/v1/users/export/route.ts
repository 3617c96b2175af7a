import type { NextRequest } from "next/server";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { listExportResponse } from "@/lib/list-export/list-export-response";
import { searchParamsOf } from "@/lib/list-export/search-params-of";
import { toUserExportFilter, usersCsvSource } from "@/lib/list-export/users-csv";
import { parseUserListSearch } from "@/lib/schemas/user-list";

export const dynamic = "force-dynamic";

/**
 * The users list as CSV under the list page's filters and order (its URL's query), every page of
 * Synapse's answer. Every role that reads the users list may export it; the export is audited.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const filter = toUserExportFilter(
    parseUserListSearch(searchParamsOf(request.nextUrl.searchParams)),
  );
  return listExportResponse(access.user, {
    action: "users.export",
    list: "users",
    filter,
    source: (synapse) => usersCsvSource(synapse, filter),
  });
}
