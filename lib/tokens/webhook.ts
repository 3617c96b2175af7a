import { createHmac } from "node:crypto";

export type TokenDelivery = {
  user_id: string;
  access_token: string;
  device_id: string | null;
  issued_at: string;
};

const WEBHOOK_TIMEOUT_MS = 10_000;

/** The X-Signature-256 value for a body: "sha256=" and the hex HMAC-SHA256 with the secret. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** POSTs the new token to the account's webhook; anything but a 2xx answer is a failure. */
export async function deliverToWebhook(url: string, secret: string, delivery: TokenDelivery) {
  const body = JSON.stringify(delivery);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature-256": signBody(body, secret) },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The webhook ${url} could not be reached (${reason}).`);
  }
  // The body is the receiver's business; reading it only frees the connection.
  await response.body?.cancel();
  if (response.status < 200 || response.status > 299) {
    throw new Error(`The webhook ${url} answered ${response.status}, not 2xx.`);
  }
}
