import "server-only";
import pg from "pg";
import { poolConfig } from "@/lib/db";
import { getEnv } from "@/lib/env";

/**
 * A database connection of its own, out of the app's pool and past Prisma, for one long pass over
 * many rows (verifying the audit chain, streaming an export): Prisma's raw queries turn each row
 * into several intermediate objects, which doubled the server's heap over a million rows.
 * The caller ends it.
 */
export async function connectOwnClient(): Promise<pg.Client> {
  const env = getEnv();
  const client = new pg.Client(
    poolConfig(env.DATABASE_URL, {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    }),
  );
  await client.connect();
  return client;
}
