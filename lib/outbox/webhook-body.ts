import { WEBHOOK_SCHEMA, type ConsoleEvent } from "./console-event";

/**
 * A webhook's JSON body: the delivery's ID (the same on every retry, for the receiver to drop a
 * repeat) and the event, as a room notice carries it.
 */
export function webhookBody(delivery: { id: bigint; event: ConsoleEvent }): string {
  return JSON.stringify({
    schema: WEBHOOK_SCHEMA,
    deliveryId: delivery.id.toString(),
    event: delivery.event,
  });
}
