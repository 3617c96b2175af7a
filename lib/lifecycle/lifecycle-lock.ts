import "server-only";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** Long enough for a policy save of a large document; a lock held longer is a bug. */
const LOCK_HOLD_MS = 60_000;

/** This process's events, one after another: waiting here costs no database connection. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` while holding the homeserver's lifecycle lock, so events change the policy one at a
 * time: each reads the latest version and saves the next, and none is lost between two events'
 * read and write. Within a process the events queue in memory, so at most one connection waits
 * on the database lock (a transaction-scoped advisory lock, which other console processes take
 * too); `work` uses the ordinary client, the transaction only holds the lock.
 */
export function withLifecycleLock<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(() =>
    db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lifecycle:${HOMESERVER_ID}`}))`;
        return work();
      },
      { maxWait: LOCK_HOLD_MS, timeout: LOCK_HOLD_MS },
    ),
  );
  queue = turn.catch(() => undefined);
  return turn;
}
