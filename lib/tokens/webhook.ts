import { createHmac } from "node:crypto";
import { postSigned } from "@/lib/http/signed-post";

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

/** The X-Signature-256 value for a body: "sha256=" and the hex HMAC-SHA256 with the secret. */
function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * POSTs the new token to the account's webhook through the outgoing webhooks' signed POST (so it
 * carries X-Console-Timestamp and X-Console-Signature too), keeping the X-Signature-256 header
 * receivers of token deliveries already check. Anything but a 2xx answer is a failure. The address
 * rules are checked again now and the connection goes to the checked address. Messages name
 * neither the URL nor its host: they end up in job runs that viewers read.
 */
export async function deliverToWebhook(
  url: string,
  secret: string,
  delivery: TokenDelivery,
  options: WebhookOptions = { allowPrivate: false },
) {
  const body = JSON.stringify(delivery);
  await postSigned({
    url,
    body,
    secret,
    subject: "webhook",
    allowPrivate: options.allowPrivate,
    headers: { "x-signature-256": signBody(body, secret) },
  });
}
