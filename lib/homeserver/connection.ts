import type { ServiceAccountConfig, ServiceAccountMethod } from "@/lib/synapse";
import { getEnv } from "@/lib/env";

/** What the console needs to act on a homeserver: where it is and how its service account signs in. */
export type Connection = {
  baseUrl: string;
  method: ServiceAccountMethod;
  /** The shared secret, admin token or password, by method. */
  secret: string;
  /** The admin to log in as (password method), or the bot's full ID once known. */
  userId?: string;
  /** The bot's localpart (shared-secret method). */
  localpart?: string;
};

/** The connection given by the environment, which wins over one saved through the setup page. */
export function connectionFromEnv(): Connection | null {
  const env = getEnv();
  if (!env.SYNAPSE_URL) return null;
  const base = { baseUrl: env.SYNAPSE_URL };
  if (env.SYNAPSE_REGISTRATION_SHARED_SECRET) {
    return {
      ...base,
      method: "shared_secret",
      secret: env.SYNAPSE_REGISTRATION_SHARED_SECRET,
      localpart: env.SYNAPSE_SERVICE_LOCALPART,
    };
  }
  if (env.SYNAPSE_ADMIN_TOKEN)
    return { ...base, method: "access_token", secret: env.SYNAPSE_ADMIN_TOKEN };
  return {
    ...base,
    method: "password",
    secret: env.SYNAPSE_ADMIN_PASSWORD ?? "",
    userId: env.SYNAPSE_ADMIN_USER,
  };
}

export function toServiceAccountConfig(connection: Connection): ServiceAccountConfig {
  const env = getEnv();
  return {
    baseUrl: connection.baseUrl,
    method: connection.method,
    secret: connection.secret,
    userId: connection.userId,
    localpart: connection.localpart,
    timeoutMs: env.SYNAPSE_TIMEOUT_MS,
    maxRetryWaitMs: env.SYNAPSE_MAX_RETRY_WAIT_MS,
  };
}
