import PgBoss from "pg-boss";
import { sweepUnfinishedAuditEntries } from "@/lib/audit/sweep-unfinished";
import { getEnv } from "@/lib/env";
import { startOutboxPump, type OutboxPump } from "@/lib/outbox/pump";
import type { JobKind } from "@/lib/generated/prisma/enums";
import { createBossDb } from "./boss-db";
import { enqueueDueWork } from "./due-work";
import { sendRun } from "./enqueue-run";
import { executeRun } from "./execute-run";
import { handleGaveUpRun } from "./give-up-run";
import {
  BOSS_SCHEMA,
  RUN_GAVE_UP_QUEUE,
  RUN_QUEUE,
  TICK_QUEUE,
  ensureQueues,
  type RunJobData,
} from "./queue";
import { jobKinds, type JobKindRegistry } from "./registry";
import { runTick } from "./tick";

export type JobEngineOptions = {
  databaseUrl?: string;
  kinds?: JobKindRegistry;
  /** Runs worked at once by this engine. */
  concurrency?: number;
  /** Whether this engine fires the per-minute schedule tick (pg-boss keeps it to one instance). */
  schedule?: boolean;
  log?: (line: string) => void;
};

export type JobEngine = {
  boss: PgBoss;
  /**
   * Graceful (the default, on SIGTERM): running runs stop between items and go back to the queue
   * to resume elsewhere. Not graceful: as if the process died; nothing more is written, and the
   * runs come back only when their queue jobs expire (what the crash tests use).
   */
  stop(options?: { graceful?: boolean }): Promise<void>;
};

/** Starts a worker: pg-boss with maintenance, the run queue's handlers and the schedule tick. */
export async function startJobEngine(options: JobEngineOptions = {}): Promise<JobEngine> {
  const env = getEnv();
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const kinds = options.kinds ?? jobKinds;
  const concurrency = options.concurrency ?? env.JOB_CONCURRENCY;
  const bossDb = createBossDb(options.databaseUrl ?? env.DATABASE_URL, concurrency + 3);
  const boss = new PgBoss({
    db: bossDb,
    schema: BOSS_SCHEMA,
    schedule: options.schedule ?? true,
    // Expired jobs are found by maintenance; run it often enough that a dead worker's run
    // returns within about a third of the expiry after it.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(env.JOB_EXPIRE_SECONDS / 3))),
  });
  boss.on("error", (error) => log(`pg-boss: ${error.message}`));
  await boss.start();
  await ensureQueues(boss);

  let pump: OutboxPump | undefined;
  const shutdown = new AbortController();
  let killed = false;
  const execution = {
    kinds,
    shutdown: shutdown.signal,
    isKilled: () => killed,
    requeue: (runId: string) => sendRun(boss, runId),
    log,
    // A run may have made work that comes due before the next tick (a rotation's short grace).
    afterRun: async (kind: JobKind) => {
      const definition = kinds[kind];
      if (!definition?.findDueWork) return;
      await enqueueDueWork(boss, new Date(), { [kind]: definition }, { upcomingOnly: true }).catch(
        (error: unknown) => log(`due work after a run not queued: ${String(error)}`),
      );
    },
  };
  // pg-boss 10 works one job at a time per work() call, so concurrency means several of them.
  for (let slot = 0; slot < concurrency; slot += 1) {
    await boss.work<RunJobData>(RUN_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await executeRun(job, execution);
    });
  }
  await boss.work<RunJobData>(
    RUN_GAVE_UP_QUEUE,
    { includeMetadata: true, pollingIntervalSeconds: 2 },
    async ([job]) => {
      if (job) await handleGaveUpRun(job, env.JOB_EXPIRE_SECONDS, log);
    },
  );
  if (options.schedule ?? true) {
    await boss.work(TICK_QUEUE, async () => {
      await runTick(boss, new Date(), kinds);
      // Once a minute on one instance: entries whose process died since get "unknown".
      await sweepUnfinishedAuditEntries({ recentOnly: true }).catch((error: unknown) =>
        log(`audit sweep failed: ${String(error)}`),
      );
    });
    await boss.schedule(TICK_QUEUE, "* * * * *", {}, { tz: "UTC" });
    // Notifications and webhooks: every few seconds, on every scheduling instance (safe side by side).
    pump = startOutboxPump(log);
  }

  return {
    boss,
    async stop({ graceful = true } = {}) {
      if (graceful) {
        shutdown.abort();
        await pump?.stop();
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
        await bossDb.close();
        return;
      }
      killed = true;
      shutdown.abort();
      void pump?.stop();
      await bossDb.close();
      await boss.stop({ graceful: false, wait: false });
    },
  };
}
