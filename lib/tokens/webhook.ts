import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { pinnedLookup, resolvePublicTarget, type PublicTarget } from "@/lib/http/public-address";

export type TokenDelivery = {
  user_id: string;
  access_token: string;
  device_id: string | null;
  issued_at: string;
};

export type WebhookOptions = {
  /** The account's "allow a private address" flag, set by an admin; also allows http. */
  allowPrivate: boolean;
};

const WEBHOOK_TIMEOUT_MS = 10_000;

/** The X-Signature-256 value for a body: "sha256=" and the hex HMAC-SHA256 with the secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * POSTs the new token to the account's webhook; anything but a 2xx answer is a failure. The
 * address rules are checked again now (DNS may have changed since the URL was saved) and the
 * connection goes to the checked address. Messages name neither the URL nor its host: they end
 * up in job runs that viewers read.
 */
export async function deliverToWebhook(
  url: string,
  secret: string,
  delivery: TokenDelivery,
  options: WebhookOptions = { allowPrivate: false },
) {
  const target = await resolvePublicTarget(url, { subject: "webhook", ...options });
  const body = JSON.stringify(delivery);
  let status: number;
  try {
    status = await postPinned(target, body, {
      "content-type": "application/json",
      "x-signature-256": signBody(body, secret),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`The webhook could not be reached (${code ?? (error as Error).message}).`);
  }
  if (status < 200 || status > 299) {
    throw new Error(`The webhook answered ${status}, not 2xx.`);
  }
}

/** One POST to the target's checked address (TLS still verifies the URL's host name). */
function postPinned(
  target: PublicTarget,
  body: string,
  headers: Record<string, string>,
): Promise<number> {
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        lookup: pinnedLookup(target),
        // A fresh connection per delivery: a pooled one might have been opened to another address.
        agent: false,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      },
      (response) => {
        // The body is the receiver's business; reading it only frees the connection.
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
