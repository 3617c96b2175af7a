import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { getServiceUserId } from "@/lib/homeserver/service-user-id";
import { isSynapseError, type SynapseError } from "@/lib/synapse";
import { OUTBOX_OWN_ACTION } from "./console-event";
import type { AttemptFailure, ClaimedDelivery } from "./delivery-store";
import { OUTBOX_ACTOR } from "./outbox-actor";
import { deliveryTxnId, roomNoticeContent } from "./room-notice";

/** Kinds after which a retry cannot succeed until someone changes the room or the rule (M_FORBIDDEN has its own sentence). */
const PERMANENT = new Set(["not_found", "bad_request"]);

/**
 * Sends the delivery's notice to its room as the service account, audited like every change to
 * Synapse (the outbox never matches its own sends). Returns the event ID.
 */
export async function sendToRoom(delivery: ClaimedDelivery): Promise<string> {
  const roomId = delivery.roomId ?? "";
  const synapse = await getServiceSynapse();
  return runAudited(
    {
      actor: OUTBOX_ACTOR,
      action: OUTBOX_OWN_ACTION,
      target: { type: "room", id: roomId },
      input: {
        roomId,
        deliveryId: delivery.id.toString(),
        attempt: delivery.attempts,
        event: { id: delivery.event.id, action: delivery.event.action },
      },
    },
    () =>
      synapse.rooms.sendMessage(roomId, deliveryTxnId(delivery), roomNoticeContent(delivery.event)),
  );
}

/** A failed send as the delivery log says it; M_FORBIDDEN almost always means "not in the room". */
export async function roomFailure(error: unknown, roomId: string): Promise<AttemptFailure> {
  if (!isSynapseError(error)) {
    return { message: error instanceof Error ? error.message : String(error), permanent: false };
  }
  if (error.kind === "forbidden")
    return { message: await forbidden(error, roomId), permanent: true };
  return {
    message: error.message,
    permanent: PERMANENT.has(error.kind),
    retryAfterMs: error.retryAfterMs,
  };
}

async function forbidden(error: SynapseError, roomId: string): Promise<string> {
  const account = await getServiceUserId(await getServiceSynapse()).catch(() => null);
  const who = account
    ? `The console's service account ${account}`
    : "The console's service account";
  const said = error.synapseMessage ? ` Synapse said: “${error.synapseMessage}”` : "";
  return `${who} is not in the room ${roomId} or may not post there (M_FORBIDDEN): invite it to the room, then redeliver.${said}`;
}
