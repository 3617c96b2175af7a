import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { SubscriptionDestination } from "@/lib/generated/prisma/enums";
import type { ConsoleEvent } from "./console-event";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-delay";

/**
 * How long a sender holds a delivery; past it, another sender takes it over (the first died). Longer
 * than one send can take: Synapse's timeout for each of the client's attempts plus its 429 waits,
 * and a minute to spare (2½ minutes with the defaults).
 */
function leaseSeconds(): number {
  const env = getEnv();
  return Math.ceil((4 * env.SYNAPSE_TIMEOUT_MS + env.SYNAPSE_MAX_RETRY_WAIT_MS) / 1000) + 60;
}

export type ClaimedDelivery = {
  id: bigint;
  event: ConsoleEvent;
  /** This attempt's number, counted when claimed. */
  attempts: number;
  redeliveries: number;
  destination: SubscriptionDestination;
  roomId: string | null;
  webhookUrl: string | null;
  webhookSecretSealed: string | null;
  webhookAllowPrivate: boolean;
};

/**
 * Takes up to `limit` pending deliveries that are due, of enabled subscriptions, counting the
 * attempt now (so a delivery that crashes its sender still runs out of attempts). Rows another
 * sender holds are skipped. Times are the database's, so instances with drifting clocks agree.
 */
export async function claimDueDeliveries(limit: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE event_delivery d
    SET attempts = d.attempts + 1, updated_at = now(),
        locked_until = now() + make_interval(secs => ${leaseSeconds()})
    FROM event_subscription s
    WHERE s.id = d.subscription_id AND d.id IN (
      SELECT due.id FROM event_delivery due
      JOIN event_subscription sub ON sub.id = due.subscription_id AND sub.enabled
      WHERE due.status = 'pending' AND due.next_attempt_at <= now()
        AND (due.locked_until IS NULL OR due.locked_until < now())
      ORDER BY due.next_attempt_at, due.id
      LIMIT ${limit}
      FOR UPDATE OF due SKIP LOCKED)
    RETURNING d.id, d.event, d.attempts, d.redeliveries, s.destination::text AS destination,
      s.room_id AS "roomId", s.webhook_url AS "webhookUrl",
      s.webhook_secret_sealed AS "webhookSecretSealed",
      s.webhook_allow_private AS "webhookAllowPrivate"`;
}

/** Only the sender that holds this attempt writes its end (a taken-over one has a higher count). */
const held = (delivery: ClaimedDelivery) => ({
  id: delivery.id,
  attempts: delivery.attempts,
  status: "pending" as const,
});

export async function markDelivered(delivery: ClaimedDelivery, receipt: string): Promise<void> {
  await db.eventDelivery.updateMany({
    where: held(delivery),
    data: {
      status: "delivered",
      deliveredAt: new Date(),
      lockedUntil: null,
      lastError: null,
      receipt,
    },
  });
}

export type AttemptFailure = {
  message: string;
  /** No later attempt can succeed without a person changing something (a room to invite into). */
  permanent: boolean;
  retryAfterMs?: number;
};

/** Schedules the next attempt with backoff, or marks the delivery failed once none is left. */
export async function markAttemptFailed(
  delivery: ClaimedDelivery,
  failure: AttemptFailure,
): Promise<"retrying" | "failed"> {
  const last = failure.permanent || delivery.attempts >= MAX_ATTEMPTS;
  const delay = retryDelayMs(delivery.attempts, failure.retryAfterMs);
  await db.$executeRaw`
    UPDATE event_delivery
    SET status = ${last ? "failed" : "pending"}::delivery_status, last_error = ${failure.message},
        locked_until = NULL, updated_at = now(),
        next_attempt_at = now() + make_interval(secs => ${delay / 1000})
    WHERE id = ${delivery.id} AND attempts = ${delivery.attempts} AND status = 'pending'`;
  return last ? "failed" : "retrying";
}
