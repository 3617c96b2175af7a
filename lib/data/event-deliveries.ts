import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import { recordChange } from "@/lib/audit/changes";
import { db } from "@/lib/db";
import type { DeliveryStatus, SubscriptionDestination } from "@/lib/generated/prisma/enums";
import type { ConsoleEvent } from "@/lib/outbox/console-event";
import type { DeliveryLogQuery } from "@/lib/schemas/event-subscription";

export const DELIVERY_PAGE_SIZE = 25;

/** One line of the delivery log: what was sent where, and how it went. */
export type DeliveryRow = {
  id: string;
  createdAt: Date;
  subscriptionName: string;
  destination: SubscriptionDestination;
  /** The room as the rule names it, or the webhook's host (admins only see this page). */
  destinationLabel: string;
  eventSummary: string;
  eventAction: string;
  status: DeliveryStatus;
  attempts: number;
  redeliveries: number;
  lastError: string | null;
  receipt: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
};

export type DeliveryPage = { rows: DeliveryRow[]; nextBefore: string | null };

const hostOf = (url: string | null) => {
  try {
    return url ? new URL(url).host : "";
  } catch {
    return "";
  }
};

/** A page of the log, newest first, paged by delivery ID (keyset), optionally one status only. */
export async function findDeliveryPage(query: DeliveryLogQuery): Promise<DeliveryPage> {
  const rows = await db.eventDelivery.findMany({
    where: {
      homeserverId: "default",
      ...(query.status ? { status: query.status } : {}),
      ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
    },
    orderBy: { id: "desc" },
    take: DELIVERY_PAGE_SIZE + 1,
    include: {
      subscription: {
        select: { name: true, destination: true, roomId: true, roomLabel: true, webhookUrl: true },
      },
    },
  });
  const page = rows.slice(0, DELIVERY_PAGE_SIZE);
  return {
    rows: page.map((row) => {
      const event = row.event as unknown as ConsoleEvent;
      const { subscription } = row;
      return {
        id: row.id.toString(),
        createdAt: row.createdAt,
        subscriptionName: subscription.name,
        destination: subscription.destination,
        destinationLabel:
          subscription.destination === "room"
            ? (subscription.roomLabel ?? subscription.roomId ?? "")
            : hostOf(subscription.webhookUrl),
        eventSummary: event.summary,
        eventAction: event.action,
        status: row.status,
        attempts: row.attempts,
        redeliveries: row.redeliveries,
        lastError: row.lastError,
        receipt: row.receipt,
        nextAttemptAt: row.nextAttemptAt,
        deliveredAt: row.deliveredAt,
      };
    }),
    nextBefore: rows.length > DELIVERY_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

/**
 * Queues a failed delivery again with a fresh set of attempts: sent at the next pump, as a new
 * Matrix transaction (so Synapse does not answer with the earlier message).
 */
export async function redeliver(id: string): Promise<{ name: string; event: string }> {
  const [row] = await db.eventDelivery.updateManyAndReturn({
    where: { id: BigInt(id), status: "failed", homeserverId: "default" },
    data: {
      status: "pending",
      attempts: 0,
      redeliveries: { increment: 1 },
      nextAttemptAt: new Date(),
      lockedUntil: null,
    },
    select: { eventKey: true, subscription: { select: { name: true } } },
  });
  if (row) {
    recordChange("status", "failed", "pending");
    return { name: row.subscription.name, event: row.eventKey };
  }
  const existing = await db.eventDelivery.findUnique({
    where: { id: BigInt(id) },
    select: { status: true },
  });
  if (!existing) throw new ActionError("That delivery does not exist (any more).");
  throw new ActionError(
    existing.status === "delivered"
      ? "That delivery was delivered; only failed ones are redelivered."
      : "That delivery is still pending: it is tried again by itself.",
  );
}

/** For the Settings page's summary: rules, webhooks, and deliveries that failed. */
export async function getOutboxCounts() {
  const [rules, webhooks, failed] = await Promise.all([
    db.eventSubscription.count({ where: { homeserverId: "default", destination: "room" } }),
    db.eventSubscription.count({ where: { homeserverId: "default", destination: "webhook" } }),
    db.eventDelivery.count({ where: { homeserverId: "default", status: "failed" } }),
  ]);
  return { rules, webhooks, failed };
}
