import "server-only";
import { unseal } from "@/lib/crypto/secrets-key";
import { getHomeserverRow } from "@/lib/data/homeserver";
import { ActionError } from "@/lib/actions/action-result";
import { adoptConnection } from "./adopt-connection";
import { connectionFromEnv, type Connection } from "./connection";
import { reuseHomeserver } from "./reused-homeserver";

export type Homeserver = {
  baseUrl: string;
  serverName: string;
  serviceUserId: string | null;
  /** "environment" when SYNAPSE_URL configures it, "setup" when saved through the setup page. */
  source: "environment" | "setup";
  connection: Connection;
  /** Identifies the stored connection, to know when a cached client belongs to an old one. */
  fingerprint: string;
};

type Row = NonNullable<Awaited<ReturnType<typeof getHomeserverRow>>>;

let adopting: Promise<unknown> | null = null;

/** The homeserver the console manages, or null before setup. The environment wins over setup. */
export function getHomeserver(): Promise<Homeserver | null> {
  return reuseHomeserver(readHomeserver);
}

async function readHomeserver(): Promise<Homeserver | null> {
  const row = await getHomeserverRow();
  const fromEnv = connectionFromEnv();
  if (!fromEnv) return row ? toHomeserver(row, "setup") : null;
  if (row && matches(row, fromEnv)) return toHomeserver(row, "environment");
  // Many requests may arrive at once after a start; connect once for all of them.
  adopting ??= adoptConnection(fromEnv, "environment").finally(() => {
    adopting = null;
  });
  await adopting;
  return readHomeserver();
}

/** The homeserver, or an error a person can act on when setup has not happened yet. */
export async function getHomeserverOrThrow(): Promise<Homeserver> {
  const homeserver = await getHomeserver();
  if (!homeserver)
    throw new ActionError("No homeserver is configured yet: an admin must finish setup.");
  return homeserver;
}

function readable(row: Row): boolean {
  try {
    unseal(row.secretEncrypted);
    return true;
  } catch {
    return false;
  }
}

function toHomeserver(row: Row, source: Homeserver["source"]): Homeserver {
  if (!readable(row)) {
    throw new ActionError(
      "The saved homeserver connection cannot be decrypted with this SECRETS_KEY (was the key changed?). Restore the old key, or set SYNAPSE_URL and its credentials to connect again.",
    );
  }
  const localpart = row.serviceUserId?.slice(1, row.serviceUserId.indexOf(":"));
  return {
    baseUrl: row.baseUrl,
    serverName: row.serverName,
    serviceUserId: row.serviceUserId,
    source,
    fingerprint: `${row.baseUrl}|${row.authMethod}|${row.secretEncrypted}`,
    connection: {
      baseUrl: row.baseUrl,
      method: row.authMethod,
      secret: unseal(row.secretEncrypted),
      userId: row.serviceUserId ?? undefined,
      localpart: row.authMethod === "shared_secret" ? localpart : undefined,
    },
  };
}

function matches(row: Row, connection: Connection): boolean {
  // A row sealed with another SECRETS_KEY cannot be read; the environment's connection replaces it.
  const stored = readable(row) ? toHomeserver(row, "environment").connection : null;
  if (!stored) return false;
  if (stored.baseUrl !== connection.baseUrl || stored.method !== connection.method) return false;
  if (stored.secret !== connection.secret) return false;
  if (connection.method === "password") return stored.userId === connection.userId;
  if (connection.method === "shared_secret") return stored.localpart === connection.localpart;
  return true;
}
