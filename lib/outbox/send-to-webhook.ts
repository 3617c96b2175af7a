import "server-only";
import { unseal } from "@/lib/crypto/secrets-key";
import { RefusedAddressError } from "@/lib/http/public-address";
import { postSigned } from "@/lib/http/signed-post";
import type { AttemptFailure, ClaimedDelivery } from "./delivery-store";
import { webhookBody } from "./webhook-body";

/**
 * POSTs the delivery to its webhook, signed with the webhook's secret; the address rules are
 * checked again now (lib/http/public-address.ts). Returns the receiver's status as the receipt.
 */
export async function sendToWebhook(delivery: ClaimedDelivery): Promise<string> {
  const status = await postSigned({
    url: delivery.webhookUrl ?? "",
    body: webhookBody(delivery),
    secret: unseal(delivery.webhookSecretSealed ?? ""),
    subject: "webhook",
    allowPrivate: delivery.webhookAllowPrivate,
    headers: {
      "x-console-delivery": delivery.id.toString(),
      "x-console-event": delivery.event.id,
      "user-agent": "synapse-console-webhooks/1",
    },
  });
  return `HTTP ${status}`;
}

/**
 * A refused address stays refused until an admin changes the webhook; anything else (a 5xx, a
 * timeout, a 4xx from a receiver being deployed) is tried again with backoff.
 */
export function webhookFailure(error: unknown): AttemptFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { message, permanent: error instanceof RefusedAddressError };
}
