import type { NextRequest } from "next/server";
import { badQuery, jsonOrProblem } from "@/lib/api/json-response";
import { findQueryProblem } from "@/lib/api/strict-query";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { searchParamsOf } from "@/lib/schemas/search-params";
import { parseUserListSearch, userListSearchSchema } from "@/lib/schemas/user-list";
import { readUsersPage } from "@/lib/users/users-page";

export const dynamic = "force-dynamic";

/**
 * One page of Synapse's users list for scripts, under the users list page's query parameters
 * (q, from, limit, sort, dir, admins, guests, hideLocked, type, deactivated). `next_token` is the
 * next page's `from`, null on the last page; `threepid` says whose a searched email address or phone
 * number is. Every role may read it; a read is not audited.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const raw = searchParamsOf(request.nextUrl.searchParams);
  const problem = findQueryProblem(userListSearchSchema, raw);
  if (problem) return badQuery(problem);
  const search = parseUserListSearch(raw);
  return jsonOrProblem(async () => readUsersPage(await getServiceSynapse(), search));
}
