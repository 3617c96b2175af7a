import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readAuditEvents } from "./audit-events";
import type { ConsoleEvent } from "./console-event";
import { matchesFilter } from "./event-match";
import { readRunEnds } from "./run-events";

const AUDIT_SOURCE = "audit";
const BATCH = 200;
/** Per call, so one pump does not hold on to a backlog; the next pump goes on from the cursor. */
const MAX_BATCHES = 20;

type Tx = Prisma.TransactionClient;

/**
 * Matches the events that happened since the last call against the enabled subscriptions and
 * queues one delivery per (subscription, event). Each batch is one transaction: the deliveries
 * and the moved cursor (or the run ends marked matched) commit together, so a crash loses nothing
 * and queues nothing twice; the unique (subscription, event) key makes a repeat a no-op anyway.
 * Several instances may call it at once: a batch another holds is skipped, not waited for.
 */
export async function queueNewEvents(): Promise<{ queued: number; caughtUp: boolean }> {
  let queued = 0;
  let caughtUp = true;
  for (const source of [queueAuditBatch, queueRunEndBatch]) {
    let more = true;
    for (let batch = 0; more && batch < MAX_BATCHES; batch++) {
      const result = await db.$transaction(source);
      queued += result.queued;
      more = result.more;
    }
    if (more) caughtUp = false;
  }
  return { queued, caughtUp };
}

type BatchResult = { queued: number; more: boolean };

async function queueAuditBatch(tx: Tx): Promise<BatchResult> {
  const [cursor] = await tx.$queryRaw<Array<{ position: bigint }>>`
    SELECT position FROM event_cursor
    WHERE homeserver_id = 'default' AND source = ${AUDIT_SOURCE}
    FOR UPDATE SKIP LOCKED`;
  if (!cursor) {
    // Another instance is on it, or the row is missing (a database from before its migration).
    await tx.$executeRaw`
      INSERT INTO event_cursor (homeserver_id, source, position, updated_at)
      VALUES ('default', ${AUDIT_SOURCE}, 0, now()) ON CONFLICT DO NOTHING`;
    return { queued: 0, more: false };
  }
  const found = await readAuditEvents(tx, cursor.position, BATCH);
  const last = found.at(-1);
  if (!last) return { queued: 0, more: false };
  const queued = await queueMatches(
    tx,
    found.map((row) => row.event),
  );
  await tx.eventCursor.update({
    where: { homeserverId_source: { homeserverId: "default", source: AUDIT_SOURCE } },
    data: { position: last.seq },
  });
  return { queued, more: found.length === BATCH };
}

async function queueRunEndBatch(tx: Tx): Promise<BatchResult> {
  const { endIds, events } = await readRunEnds(tx, BATCH);
  if (endIds.length === 0) return { queued: 0, more: false };
  const queued = await queueMatches(tx, events);
  await tx.jobRunEnd.updateMany({ where: { id: { in: endIds } }, data: { matchedAt: new Date() } });
  return { queued, more: endIds.length === BATCH };
}

async function queueMatches(tx: Tx, events: ConsoleEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const subscriptions = await tx.eventSubscription.findMany({
    where: { homeserverId: "default", enabled: true },
    select: { id: true, actionPrefix: true, outcome: true, jobKind: true, createdAt: true },
  });
  const rows = events.flatMap((event) =>
    subscriptions
      .filter((subscription) => matchesFilter(subscription, event))
      .map((subscription) => ({
        subscriptionId: subscription.id,
        eventKey: event.id,
        event: event as unknown as Prisma.InputJsonValue,
      })),
  );
  if (rows.length === 0) return 0;
  const { count } = await tx.eventDelivery.createMany({ data: rows, skipDuplicates: true });
  return count;
}
