import "server-only";
import PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { createBossDb } from "./boss-db";
import { BOSS_SCHEMA, ensureQueues } from "./queue";

const holder = globalThis as typeof globalThis & { synapseConsoleSendBoss?: Promise<PgBoss> };

async function startSendBoss(): Promise<PgBoss> {
  // Only sends: no polling, no maintenance, no cron; the worker process does those.
  const boss = new PgBoss({
    db: createBossDb(getEnv().DATABASE_URL, 2),
    schema: BOSS_SCHEMA,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("[jobs] pg-boss (send)", error.message));
  await boss.start();
  await ensureQueues(boss);
  return boss;
}

/**
 * The web server's pg-boss, used to enqueue runs from server actions. Started on first use, never
 * at import, so `next build` needs no database; kept on globalThis so dev reloads share it.
 */
export function getSendBoss(): Promise<PgBoss> {
  holder.synapseConsoleSendBoss ??= startSendBoss().catch((error: unknown) => {
    holder.synapseConsoleSendBoss = undefined;
    throw error;
  });
  return holder.synapseConsoleSendBoss;
}
