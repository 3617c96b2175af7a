import { NOTICE_CONTENT_KEY, NOTICE_SCHEMA, type ConsoleEvent } from "./console-event";

/**
 * The m.room.message content of a notification: an m.notice (clients show it as the console's, and
 * bots do not answer notices) whose body is the event's sentence, with the event itself under a
 * namespaced key for bots and scripts that read the room.
 */
export function roomNoticeContent(event: ConsoleEvent): Record<string, unknown> {
  return {
    msgtype: "m.notice",
    body: event.summary,
    [NOTICE_CONTENT_KEY]: { schema: NOTICE_SCHEMA, ...event },
  };
}

/**
 * The transaction ID of one delivery: the same for every attempt, so Synapse sends a retry after
 * a crash only once; a redelivery an admin asks for is a new message.
 */
export function deliveryTxnId(delivery: { id: bigint; redeliveries: number }): string {
  return `synapse-console-delivery-${delivery.id}-${delivery.redeliveries}`;
}
