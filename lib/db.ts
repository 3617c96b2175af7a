import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** A client on its own connection pool, for scripts and tests that bring their own database URL. */
export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

const holder = globalThis as typeof globalThis & { synapseConsoleDb?: Db };
let client: Db | undefined;

function getDb(): Db {
  if (client) return client;
  // Next.js dev re-evaluates modules on every edit; keeping the client on globalThis stops each
  // reload from opening another pool.
  client = holder.synapseConsoleDb ?? createDb(getEnv().DATABASE_URL);
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
