import type { NextRequest } from "next/server";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { hidesCredentials, readLatestVersion, readVersion } from "@/lib/policy/readable-versions";
import { isUuid } from "@/lib/schemas/uuid";

export const dynamic = "force-dynamic";

/**
 * A version's document exactly as saved (every field kept, corporal's included), as a download:
 * the current version, or `?version=<id>`; a viewer's copy has the users' credentials masked.
 */
export async function GET(request: NextRequest) {
  const access = await requireRouteUser();
  if ("refusal" in access) return access.refusal;
  const wanted = request.nextUrl.searchParams.get("version");
  if (wanted !== null && !isUuid(wanted)) return new Response("No such version.", { status: 404 });
  const { role } = access.user;
  const version = wanted === null ? await readLatestVersion(role) : await readVersion(wanted, role);
  if (!version) return new Response("No such version.", { status: 404 });
  // Named so that nobody takes a viewer's copy for the real one (it cannot be saved as it is).
  const name = `policy-v${version.number}${hidesCredentials(role) ? "-credentials-hidden" : ""}`;
  return new Response(version.content, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
