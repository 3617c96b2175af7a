import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export type DbTimeouts = { connectMs: number; statementMs: number };

/** Defaults of DATABASE_CONNECT_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS (lib/env.ts). */
const DEFAULT_TIMEOUTS: DbTimeouts = { connectMs: 5_000, statementMs: 30_000 };

/**
 * The pool's limits, so a database that is down or stuck makes a page fail within seconds instead
 * of hanging: waiting for a connection, a statement on the server (statement_timeout) and the
 * answer on the client (query_timeout, for a server that vanished mid-query) are all bounded.
 */
export function poolConfig(url: string, timeouts: DbTimeouts = DEFAULT_TIMEOUTS) {
  return {
    connectionString: url,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.statementMs + timeouts.connectMs,
    // A transaction left open by a stuck request must not hold its locks for ever.
    idle_in_transaction_session_timeout: timeouts.statementMs * 2,
    idleTimeoutMillis: 30_000,
    max: 10,
  };
}

/** A client on its own connection pool, for scripts and tests that bring their own database URL. */
export function createDb(url: string, timeouts: DbTimeouts = DEFAULT_TIMEOUTS): Db {
  const adapter = new PrismaPg(poolConfig(url, timeouts), {
    // A connection dropped while idle (database restarted) is replaced on next use; only log it.
    onPoolError: (error) => console.error("[db] idle connection lost:", error.message),
  });
  return new PrismaClient({ adapter });
}

const holder = globalThis as typeof globalThis & { synapseConsoleDb?: Db };
let client: Db | undefined;

function getDb(): Db {
  if (client) return client;
  // Next.js dev re-evaluates modules on every edit; keeping the client on globalThis stops each
  // reload from opening another pool.
  const env = getEnv();
  client =
    holder.synapseConsoleDb ??
    createDb(env.DATABASE_URL, {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    });
  if (getEnv().NODE_ENV !== "production") holder.synapseConsoleDb = client;
  return client;
}

/**
 * The app's database client. Created on first use, so importing this module neither validates
 * the environment nor connects (next build and unit tests import it without a database).
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = getDb();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
