import "server-only";
import { db } from "@/lib/db";
import type { LifecycleEvent } from "@/lib/generated/prisma/client";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** Events one round of a lifecycle run takes at most; the rest wait for the next round. */
export const ROUND_SIZE = 500;

/** The waiting events, in arrival order, up to one round's worth. */
export function pendingEvents(take = ROUND_SIZE): Promise<LifecycleEvent[]> {
  return db.lifecycleEvent.findMany({
    where: { homeserverId: HOMESERVER_ID, status: "pending" },
    orderBy: { seq: "asc" },
    take,
  });
}

/** When the oldest waiting event arrived, or null when none waits: the run's due work. */
export async function oldestPendingAt(): Promise<Date | null> {
  const oldest = await db.lifecycleEvent.findFirst({
    where: { homeserverId: HOMESERVER_ID, status: "pending" },
    orderBy: { seq: "asc" },
    select: { receivedAt: true },
  });
  return oldest?.receivedAt ?? null;
}

/** The users of the events in the order of their first event: the order they are applied in. */
export function usersInArrivalOrder(events: readonly LifecycleEvent[]): string[] {
  return [...new Set(events.map((event) => event.userId))];
}

/** Each user's latest event of the round (events come in arrival order). */
export function latestEventOf(events: readonly LifecycleEvent[]): Map<string, LifecycleEvent> {
  return new Map(events.map((event) => [event.userId, event]));
}

/**
 * Marks the round's events done: applied, or failed with the first error of their user's part.
 * Only events still pending (the round's own), so nothing that came since is touched.
 */
export async function finishEvents(
  events: readonly LifecycleEvent[],
  runId: string,
  errors: ReadonlyMap<string, string>,
): Promise<void> {
  const finishedAt = new Date();
  const failedUsers = [...errors.keys()];
  const ids = events.map((event) => event.id);
  await db.$transaction([
    db.lifecycleEvent.updateMany({
      where: { id: { in: ids }, status: "pending", userId: { notIn: failedUsers } },
      data: { status: "applied", runId, finishedAt },
    }),
    ...failedUsers.map((userId) =>
      db.lifecycleEvent.updateMany({
        where: { id: { in: ids }, status: "pending", userId },
        data: { status: "failed", runId, finishedAt, error: errors.get(userId) ?? null },
      }),
    ),
  ]);
}
