import type { NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the script API, for any role (a session or an API token). */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  // Behind a reverse proxy the request's origin may be the internal one; the console's public
  // address, where set, is what scripts call.
  const publicUrl = getEnv().NEXTAUTH_URL;
  return Response.json(
    buildOpenApiDocument(publicUrl ? new URL(publicUrl).origin : request.nextUrl.origin),
  );
}
