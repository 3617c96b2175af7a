import "server-only";
import { db } from "@/lib/db";

/** How long the log keeps what was delivered; failed and pending deliveries stay until handled. */
export const DELIVERED_KEPT_DAYS = 30;

/**
 * Deletes delivered deliveries and matched run ends older than the retention. Neither is read
 * again: the audit cursor is past their events, and matched run ends are never matched twice.
 */
export async function pruneOutbox(): Promise<number> {
  const deliveries = await db.$executeRaw`
    DELETE FROM event_delivery
    WHERE status = 'delivered' AND delivered_at < now() - make_interval(days => ${DELIVERED_KEPT_DAYS})`;
  const ends = await db.$executeRaw`
    DELETE FROM job_run_end
    WHERE matched_at < now() - make_interval(days => ${DELIVERED_KEPT_DAYS})`;
  return deliveries + ends;
}
