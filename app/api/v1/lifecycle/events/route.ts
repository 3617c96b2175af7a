import { actionResponse, parseJsonObject } from "@/lib/api/action-response";
import { plainText } from "@/lib/api/plain-text";
import { readCappedText } from "@/lib/api/read-capped-text";
import { receiveLifecycleEvent } from "@/lib/actions/receive-lifecycle-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireRouteUser } from "@/lib/auth/require-route-user";
import { hasValidSignature } from "@/lib/lifecycle/signature";
import { SIGNATURE_HEADER, type LifecycleEventBody } from "@/lib/schemas/lifecycle";

export const dynamic = "force-dynamic";

/** An event is a few fields; anything much larger is not one. */
const MAX_BODY_CHARACTERS = 16_384;

/** The actor of a correctly signed event: the shared secret stands for the identity system. */
const SIGNED_SENDER: CurrentUser = { matrixId: "signature:lifecycle", role: "admin" };

/**
 * Who sent the event: an admin API token (`Authorization: Bearer`), or, without one, a body signed
 * with the lifecycle secret (`X-Signature-256: sha256=<hex HMAC-SHA256 of the body>`). A bad or
 * missing signature is refused before the body is read as an event, so it has no effect.
 */
async function senderOf(request: Request, body: string) {
  if (/^Bearer\b/i.test(request.headers.get("authorization") ?? ""))
    return requireRouteUser("admin");
  const signature = request.headers.get(SIGNATURE_HEADER);
  if (!signature) {
    return {
      refusal: plainText(401, "Send an admin API token, or sign the body (X-Signature-256).\n"),
    };
  }
  if (!(await hasValidSignature(body, signature))) {
    return {
      refusal: plainText(401, "The signature does not match the body and the lifecycle secret.\n"),
    };
  }
  return { user: SIGNED_SENDER };
}

/**
 * Takes one lifecycle event `{id, type, userId, displayName?, email?, at}` (receiveLifecycleEvent):
 * the answer says whether it was taken ("pending": in the policy, being applied), a replay of an ID
 * already taken, superseded by a newer event, or ignored, with the policy version it made.
 */
export async function POST(request: Request) {
  // Read before the sender is known (a signature covers the body), so never more than an event.
  const body = await readCappedText(request, MAX_BODY_CHARACTERS * 4);
  if (body === null || body.length > MAX_BODY_CHARACTERS) {
    return plainText(413, `An event is at most ${MAX_BODY_CHARACTERS} characters.\n`);
  }
  const sender = await senderOf(request, body);
  if ("refusal" in sender) return sender.refusal;
  const read = parseJsonObject(body);
  if ("refusal" in read) return read.refusal;
  return actionResponse(
    receiveLifecycleEvent.definition,
    read.body as LifecycleEventBody,
    sender.user,
  );
}
