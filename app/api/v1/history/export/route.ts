import type { NextRequest } from "next/server";
import { historyExportResponse } from "@/lib/audit/export/history-export-response";
import { requireRouteUser } from "@/lib/auth/require-route-user";

export const dynamic = "force-dynamic";

/**
 * The filtered History as a download (`?format=csv|ndjson` and the History's filters), streamed in
 * chain order with every row's hashes; every role that reads the History may export it.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser();
  if ("refusal" in access) return access.refusal;
  return historyExportResponse(request.nextUrl.searchParams, access.user);
}
