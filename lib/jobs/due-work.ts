import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import type { JobKind } from "@/lib/generated/prisma/enums";
import { createRunRow, sendRun } from "./enqueue-run";
import type { JobKindRegistry } from "./registry";

/**
 * How far ahead each tick looks for due work. pg-boss fires the per-minute tick up to about 40 s
 * late, so two ticks can be almost 100 s apart; looking further than that, every piece of work
 * is queued by the last tick before it comes due, to start at its exact time.
 */
export const DUE_HORIZON_MS = 2 * 60_000;

/** Whom a due run is requested by: nobody asked, the console found the work due by itself. */
export const DUE_REQUESTER = "the console";

/**
 * Queues one run (trigger "due") for each kind that has work coming due within the horizon,
 * held back until the work's time. No second one while a due run of the kind is running or
 * queued to start by then: it does the same work. A run that failed is over, so the next tick
 * queues the work again; that is the retry. Safe from several instances: an advisory lock per kind.
 */
export async function enqueueDueWork(
  boss: PgBoss,
  now: Date,
  kinds: JobKindRegistry,
  /**
   * Only work not due yet, as after a run: work already due (a revocation that just failed) waits
   * for the next tick, or a failing run would be followed by another at once, again and again.
   */
  { upcomingOnly = false }: { upcomingOnly?: boolean } = {},
): Promise<string[]> {
  const created: string[] = [];
  for (const kind of Object.keys(kinds) as JobKind[]) {
    const definition = kinds[kind];
    if (!definition?.findDueWork) continue;
    try {
      const work = await definition.findDueWork(new Date(now.getTime() + DUE_HORIZON_MS));
      if (!work || (upcomingOnly && work.at <= now)) continue;
      const at = work.at > now ? work.at : now;
      const runId = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job-due:${kind}`}))`;
        const already = await tx.jobRun.findFirst({
          where: {
            kind,
            trigger: "due",
            OR: [{ status: "running" }, { status: "queued", queuedAt: { lte: at } }],
          },
          select: { id: true },
        });
        if (already) return null;
        // queuedAt is when the run is queued to start, which the check above compares with.
        const input = { kind, params: work.params, trigger: "due" as const, queuedAt: at };
        return createRunRow({ ...input, requestedBy: DUE_REQUESTER }, tx, kinds);
      });
      if (!runId) continue;
      await sendRun(boss, runId, at);
      created.push(runId);
    } catch (error) {
      console.error(`[jobs] due work of ${kind} not queued:`, String(error));
    }
  }
  return created;
}
