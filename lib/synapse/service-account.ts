import { createHmac } from "node:crypto";
import { isSynapseError, SynapseError } from "./errors";
import { createSynapseHttp, type SynapseHttp, type TokenSource } from "./http";
import { registerWithSharedSecret } from "./register";
import { loginWithPassword } from "./session";

export type ServiceAccountMethod = "shared_secret" | "access_token" | "password";

export type ServiceAccountConfig = {
  baseUrl: string;
  method: ServiceAccountMethod;
  /** The registration shared secret, the admin access token, or the password, by method. */
  secret: string;
  /** The admin user to log in as (password method): full ID or localpart. */
  userId?: string;
  /** The bot's localpart (shared_secret method). */
  localpart?: string;
  serverName?: string;
  timeoutMs?: number;
  maxRetryWaitMs?: number;
};

/** Where the token lives between restarts (the caller keeps it encrypted). */
export type TokenStore = {
  load(): Promise<string | null>;
  save(token: string, deviceId: string | null): Promise<void>;
};

export type ServiceTokenSource = Required<TokenSource>;

export const DEFAULT_SERVICE_LOCALPART = "console-bot";
const DEVICE_NAME = "synapse-console service account";

/**
 * The service account's password under the shared-secret method: derived from the secret, so the
 * same account can be logged into again even when our database (and its stored token) is lost.
 */
export function deriveServicePassword(sharedSecret: string, localpart: string): string {
  return createHmac("sha256", sharedSecret)
    .update(`synapse-console service account:${localpart}`)
    .digest("hex");
}

/** A TokenSource for the console's own admin account, healing itself after a rejected token where it can. */
export function createServiceTokenSource(
  config: ServiceAccountConfig,
  store: TokenStore,
): ServiceTokenSource {
  const http = createSynapseHttp({
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs ?? 15_000,
    maxRetryWaitMs: config.maxRetryWaitMs ?? 30_000,
  });
  let current: string | null = null;
  let pending: Promise<string> | null = null;

  // One acquisition at a time: fifty requests failing together must not log in fifty times.
  function once(work: () => Promise<string>): Promise<string> {
    pending ??= work().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function acquire(preferLogin: boolean): Promise<string> {
    const session = await obtainSession(http, config, preferLogin);
    await store.save(session.access_token, session.device_id);
    current = session.access_token;
    return current;
  }

  return {
    async getToken() {
      if (current) return current;
      if (config.method === "access_token") return (current = config.secret);
      return once(async () => {
        const stored = await store.load();
        if (stored) return (current = stored);
        return acquire(false);
      });
    },
    async refresh(rejectedToken) {
      if (config.method === "access_token") {
        throw new SynapseError({
          kind: "unauthorized",
          message: "The admin access token was rejected by Synapse; give a new one.",
        });
      }
      // Another request, or another process (a token rotation), may have renewed the token already.
      if (current && current !== rejectedToken) return current;
      return once(async () => {
        const stored = await store.load();
        if (stored && stored !== rejectedToken) return (current = stored);
        return acquire(true);
      });
    },
  };
}

type Session = { access_token: string; device_id: string | null };

async function obtainSession(
  http: SynapseHttp,
  config: ServiceAccountConfig,
  preferLogin: boolean,
): Promise<Session> {
  if (config.method === "password") {
    if (!config.userId) throw new Error("The password method needs the admin's user ID.");
    return loginWithPassword(http, {
      user: config.userId,
      password: config.secret,
      deviceDisplayName: DEVICE_NAME,
    });
  }
  if (config.method === "shared_secret") return sharedSecretSession(http, config, preferLogin);
  throw new Error(`No session can be obtained for the ${config.method} method.`);
}

/**
 * Registers the bot as an admin, or logs into it when it exists already. After a rejected token
 * (preferLogin) logging in is tried first, since the account almost always exists then.
 */
async function sharedSecretSession(
  http: SynapseHttp,
  config: ServiceAccountConfig,
  preferLogin: boolean,
) {
  const localpart = config.localpart ?? DEFAULT_SERVICE_LOCALPART;
  const password = deriveServicePassword(config.secret, localpart);
  const login = () =>
    loginWithPassword(http, { user: localpart, password, deviceDisplayName: DEVICE_NAME });
  const register = () =>
    registerWithSharedSecret(http, {
      sharedSecret: config.secret,
      username: localpart,
      password,
      admin: true,
    });

  if (preferLogin) {
    try {
      return await login();
    } catch (error) {
      // 403 means no such account, or another password: registering tells which.
      if (!isSynapseError(error, "forbidden")) throw error;
    }
  }
  try {
    return await register();
  } catch (error) {
    if (!isSynapseError(error, "conflict")) throw explainRegistrationError(error);
  }
  try {
    return await login();
  } catch (error) {
    throw explainLoginError(error, localpart);
  }
}

function explainRegistrationError(error: unknown): unknown {
  if (isSynapseError(error, "forbidden") && error.synapseMessage?.includes("HMAC")) {
    return error.withMessage(
      "Synapse refused the registration shared secret (HMAC incorrect): it is not the registration_shared_secret of its homeserver.yaml.",
    );
  }
  return error;
}

function explainLoginError(error: unknown, localpart: string): unknown {
  if (isSynapseError(error, "forbidden") && error.errcode === "M_FORBIDDEN") {
    return error.withMessage(
      `The account "${localpart}" exists on the homeserver, but not with the password this console derives from the shared secret (it was made another way, or with another secret). Choose another service account name, or reset that account's password.`,
    );
  }
  return error;
}
