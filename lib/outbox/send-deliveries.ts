import "server-only";
import {
  claimDueDeliveries,
  markAttemptFailed,
  markDelivered,
  type AttemptFailure,
  type ClaimedDelivery,
} from "./delivery-store";
import { roomFailure, sendToRoom } from "./send-to-room";
import { sendToWebhook, webhookFailure } from "./send-to-webhook";

/**
 * One at a time: a claimed delivery's lease (2 minutes) must outlast its send, and one send may
 * take Synapse's timeout plus its 429 waits; a batch would hold the last ones past their lease.
 */
const CLAIM = 1;
/** Per call; the next pump takes the rest. */
const MAX_ROUNDS = 50;

export type SendCounts = { delivered: number; retrying: number; failed: number };

/**
 * Sends the deliveries that are due, one at a time in queue order (so a room reads them in the
 * order they happened): each claimed for a lease, sent, then marked delivered, or scheduled again
 * with backoff, or failed once its attempts are used up or it cannot succeed.
 */
export async function sendDueDeliveries(): Promise<SendCounts> {
  const counts: SendCounts = { delivered: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const claimed = await claimDueDeliveries(CLAIM);
    for (const delivery of claimed) {
      const result = await sendOne(delivery);
      counts[result] += 1;
    }
    if (claimed.length < CLAIM) break;
  }
  return counts;
}

async function sendOne(delivery: ClaimedDelivery): Promise<keyof SendCounts> {
  let receipt: string;
  try {
    receipt =
      delivery.destination === "room" ? await sendToRoom(delivery) : await sendToWebhook(delivery);
  } catch (error) {
    const failure: AttemptFailure =
      delivery.destination === "room"
        ? await roomFailure(error, delivery.roomId ?? "")
        : webhookFailure(error);
    return markAttemptFailed(delivery, failure);
  }
  await markDelivered(delivery, receipt);
  return "delivered";
}
