import type { NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requireRouteUser } from "@/lib/auth/require-route-user";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the script API, for any role (a session or an API token). */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  return Response.json(buildOpenApiDocument(request.nextUrl.origin));
}
