import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { lastFireTime } from "./cron";
import { enqueueDueWork } from "./due-work";
import { createRunRow, sendRun } from "./enqueue-run";
import { jobKinds, type JobKindRegistry } from "./registry";

/** A fire time missed by this much (a late or skipped tick) is still run once. */
const LOOKBACK_MS = 5 * 60_000;

/**
 * Enqueues one run for each enabled definition whose cron fired since the last tick, then the
 * work that kinds find due by themselves (lib/jobs/due-work.ts). Safe to
 * call from several instances at once: per definition, an advisory lock and the check for a
 * scheduled run queued since the fire time let exactly one of them create the run.
 */
export async function runTick(
  boss: PgBoss,
  now = new Date(),
  kinds: JobKindRegistry = jobKinds,
): Promise<string[]> {
  const definitions = await db.jobDefinition.findMany({
    where: { enabled: true, cron: { not: null } },
  });
  const created: string[] = [];
  for (const definition of definitions) {
    const firedAt = lastFireTime(definition.cron ?? "", definition.timezone, now);
    if (!firedAt || firedAt.getTime() < now.getTime() - LOOKBACK_MS) continue;
    if (firedAt < definition.createdAt) continue;
    try {
      const runId = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job-schedule:${definition.id}`}))`;
        const already = await tx.jobRun.findFirst({
          where: { definitionId: definition.id, trigger: "schedule", queuedAt: { gte: firedAt } },
          select: { id: true },
        });
        if (already) return null;
        return createRunRow(
          {
            kind: definition.kind,
            params: definition.params,
            definitionId: definition.id,
            trigger: "schedule",
            requestedBy: definition.createdBy,
            // The tick's own time, at or after the fire time, so the check above compares
            // like with like whatever the clocks of this host and the database say.
            queuedAt: now,
          },
          tx,
          kinds,
        );
      });
      if (!runId) continue;
      await sendRun(boss, runId);
      created.push(runId);
    } catch (error) {
      // One broken definition (a kind no longer registered, bad parameters) must not stop the rest.
      console.error(`[jobs] scheduled run of job ${definition.id} not started:`, String(error));
    }
  }
  created.push(...(await enqueueDueWork(boss, now, kinds)));
  return created;
}
