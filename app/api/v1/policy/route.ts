import type { NextRequest } from "next/server";
import { actionResponse } from "@/lib/api/action-response";
import { plainText } from "@/lib/api/plain-text";
import { readCappedText } from "@/lib/api/read-capped-text";
import { savePolicyVersion } from "@/lib/actions/save-policy-version";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { readLatestVersion } from "@/lib/policy/readable-versions";
import { MAX_POLICY_CHARACTERS } from "@/lib/schemas/policy-actions";

export const dynamic = "force-dynamic";

/**
 * The current policy document, exactly as saved (as matrix-corporal's GET policy), with its
 * version number and ID in headers; a viewer's copy has the users' credentials masked.
 */
export async function GET() {
  const access = await requireRouteUser("viewer");
  if ("refusal" in access) return access.refusal;
  const version = await readLatestVersion(access.user.role);
  if (!version) return plainText(404, "There is no policy yet.\n");
  return new Response(version.content, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Policy-Version": String(version.number),
      "X-Policy-Version-Id": version.id,
    },
  });
}

/**
 * Saves the body as the next policy version (as corporal's PUT policy), checked as the editor
 * checks it: a document with an error is refused with its line and column, and nothing is saved.
 * `?message=` says what changed (as a commit message). Audited as `policy.save`, its author the
 * token. It applies nothing: make a plan and apply it, or let the reconcile job do it.
 */
export async function PUT(request: NextRequest) {
  const access = await requireRouteUser("operator");
  if ("refusal" in access) return access.refusal;
  const message = request.nextUrl.searchParams.get("message") ?? "Saved through the API";
  // Read no further than the longest policy could be (4 bytes a character at most).
  const content = await readCappedText(request, MAX_POLICY_CHARACTERS * 4);
  if (content === null || content.length > MAX_POLICY_CHARACTERS) {
    return plainText(
      413,
      `A policy is at most ${MAX_POLICY_CHARACTERS.toLocaleString("en")} characters.\n`,
    );
  }
  return actionResponse(savePolicyVersion.definition, { content, message }, access.user);
}
