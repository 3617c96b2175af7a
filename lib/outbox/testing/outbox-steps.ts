import { db } from "@/lib/db";
import { queueNewEvents } from "../queue-events";
import { sendDueDeliveries } from "../send-deliveries";

/** Queues everything that happened so far (other test files may have left a long audit log). */
export async function queueAll(): Promise<number> {
  let queued = 0;
  for (;;) {
    const result = await queueNewEvents();
    queued += result.queued;
    if (result.caughtUp) return queued;
  }
}

/** One worker's round, as the pump does it: queue, then send what is due. */
export async function pumpOnce() {
  await queueAll();
  return sendDueDeliveries();
}

/** The deliveries of one subscription, oldest first. */
export function deliveriesOf(subscriptionId: string) {
  return db.eventDelivery.findMany({ where: { subscriptionId }, orderBy: { id: "asc" } });
}

/** As if the backoff had passed: the delivery's next attempt is due now. */
export async function makeDue(id: bigint) {
  await db.eventDelivery.update({
    where: { id },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
}
