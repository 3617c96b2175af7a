import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db";

/** How often a process that writes audit entries says it is alive. */
export const HEARTBEAT_MS = 30_000;
/** A process silent this long is taken for stopped, and its unfinished entries are swept. */
export const STOPPED_AFTER_MS = 4 * HEARTBEAT_MS;

type Heartbeat = { id: string; first: Promise<void> | null };

// On globalThis: Next.js bundles route handlers, pages and actions apart, each with its own module
// state, and they all are one process.
const holder = globalThis as typeof globalThis & { consoleAuditHeartbeat?: Heartbeat };

async function beat(id: string) {
  await db.consoleProcess.upsert({
    where: { id },
    create: { id, host: hostname(), pid: process.pid },
    update: { heartbeatAt: new Date() },
  });
}

/**
 * This process's ID for the audit entries it writes. The first call records the process and starts
 * its heartbeat (a timer that does not keep the process alive), so the sweep can tell an entry a
 * live process is still working on from one whose process died.
 */
export async function auditProcessId(): Promise<string> {
  const heartbeat = (holder.consoleAuditHeartbeat ??= { id: randomUUID(), first: null });
  heartbeat.first ??= beat(heartbeat.id).then(() => {
    setInterval(() => {
      beat(heartbeat.id).catch((error: unknown) =>
        console.error("[audit] heartbeat not written:", String(error)),
      );
    }, HEARTBEAT_MS).unref();
  });
  try {
    await heartbeat.first;
  } catch (error) {
    // Try again with the next entry; this entry's own insert will most likely fail the same way.
    heartbeat.first = null;
    console.error("[audit] process not recorded:", String(error));
  }
  return heartbeat.id;
}
