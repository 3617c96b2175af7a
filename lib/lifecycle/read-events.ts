import "server-only";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

export type LifecycleEventRow = {
  seq: string;
  eventId: string;
  type: string;
  userId: string;
  at: Date;
  receivedAt: Date;
  receivedBy: string;
  status: string;
  policyVersion: number | null;
  runId: string | null;
  error: string | null;
};

/** Newest first, `take` of them, before the event numbered `before` (keyset paging). */
export async function listLifecycleEvents(page: {
  before?: bigint;
  take: number;
}): Promise<LifecycleEventRow[]> {
  const rows = await db.lifecycleEvent.findMany({
    where: {
      homeserverId: HOMESERVER_ID,
      ...(page.before === undefined ? {} : { seq: { lt: page.before } }),
    },
    orderBy: { seq: "desc" },
    take: page.take,
    select: {
      seq: true,
      eventId: true,
      type: true,
      userId: true,
      at: true,
      receivedAt: true,
      receivedBy: true,
      status: true,
      policyVersion: true,
      runId: true,
      error: true,
    },
  });
  return rows.map((row) => ({ ...row, seq: row.seq.toString() }));
}

/** How many events wait to be applied. */
export const countWaitingEvents = () =>
  db.lifecycleEvent.count({ where: { homeserverId: HOMESERVER_ID, status: "pending" } });

/** The latest lifecycle run, when it failed: why the waiting events wait, for the page. */
export async function lastFailedRun(): Promise<{ id: string; error: string | null } | null> {
  const run = await db.jobRun.findFirst({
    where: { kind: "lifecycle_apply", status: { in: ["succeeded", "failed", "cancelled"] } },
    orderBy: { queuedAt: "desc" },
    select: { id: true, status: true, error: true },
  });
  return run?.status === "failed" ? { id: run.id, error: run.error } : null;
}
