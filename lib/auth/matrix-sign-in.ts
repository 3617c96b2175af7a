import "server-only";
import { AuditWriteError, runAudited } from "@/lib/audit/run-audited";
import {
  deleteSynapseAdminGrant,
  getRoleGrant,
  upsertSynapseAdminGrant,
} from "@/lib/data/role-grants";
import { getEnv } from "@/lib/env";
import { getHomeserver, type Homeserver } from "@/lib/homeserver/get-homeserver";
import { toUserId } from "@/lib/schemas/matrix-id";
import { createSynapseClient, isSynapseError, type SynapseClient } from "@/lib/synapse";
import type { Role } from "./roles";

export type SignedIn = { id: string; role: Role };

// next-auth hands the message of an error thrown here to the sign-in page, so each is a sentence.
class SignInRefused extends Error {}

/** Lets only sentences meant for the person reach the sign-in page; the rest goes to the server log. */
export async function withSafeSignInErrors(signIn: () => Promise<SignedIn>): Promise<SignedIn> {
  try {
    return await signIn();
  } catch (error) {
    if (error instanceof SignInRefused || error instanceof AuditWriteError || isSynapseError(error))
      throw error;
    console.error("[sign-in]", error);
    throw new Error("Signing in failed on the server; the console's log says why.");
  }
}

const NO_TOKEN = async (): Promise<string> => {
  throw new SignInRefused("No access token.");
};

function clientFor(homeserver: Homeserver, token?: string): SynapseClient {
  const env = getEnv();
  return createSynapseClient({
    baseUrl: homeserver.baseUrl,
    tokenSource: { getToken: token ? async () => token : NO_TOKEN },
    timeoutMs: env.SYNAPSE_TIMEOUT_MS,
    maxRetryWaitMs: env.SYNAPSE_MAX_RETRY_WAIT_MS,
  });
}

async function requireHomeserver(): Promise<Homeserver> {
  const homeserver = await getHomeserver();
  if (!homeserver)
    throw new SignInRefused("No homeserver is configured yet: an admin must finish setup first.");
  return homeserver;
}

/** Checks a Matrix password with the homeserver, leaving no device behind, and returns the console role. */
export async function signInWithPassword(input: string, password: string): Promise<SignedIn> {
  const homeserver = await requireHomeserver();
  const userId = toUserId(input, homeserver.serverName);
  if (!userId) throw new SignInRefused(`"${input}" is not a Matrix user ID or localpart.`);
  if (!password) throw new SignInRefused("Enter your password.");

  return auditedSignIn(userId, "password", async () => {
    const login = await clientFor(homeserver)
      .session.login({ user: userId, password, deviceDisplayName: "Synapse Console sign-in" })
      .catch((error: unknown) => {
        throw explainLoginFailure(error);
      });
    const asUser = clientFor(homeserver, login.access_token);
    try {
      const me = await asUser.session.whoAmI(login.access_token);
      return await resolveRole(me.user_id, asUser);
    } finally {
      await asUser.session.logout(login.access_token).catch(() => undefined);
    }
  });
}

/** Checks an access token with whoami (for SSO-only homeservers); the token is not kept. */
export async function signInWithAccessToken(token: string): Promise<SignedIn> {
  const homeserver = await requireHomeserver();
  if (!token.trim()) throw new SignInRefused("Paste an access token.");
  const asUser = clientFor(homeserver, token.trim());
  const me = await asUser.session.whoAmI(token.trim()).catch((error: unknown) => {
    throw isSynapseError(error, "unauthorized")
      ? new SignInRefused("The homeserver does not know this access token (expired or logged out).")
      : explainLoginFailure(error);
  });
  return auditedSignIn(me.user_id, "access_token", () => resolveRole(me.user_id, asUser));
}

function auditedSignIn(userId: string, method: string, work: () => Promise<SignedIn>) {
  return runAudited(
    {
      actor: { id: userId },
      action: "console.sign_in",
      target: { type: "console", id: userId },
      input: { method },
    },
    work,
  );
}

/** A Synapse server admin is a console admin; anyone else needs a role granted in the console. */
async function resolveRole(userId: string, asUser: SynapseClient): Promise<SignedIn> {
  const isServerAdmin = await asUser.users.isAdmin(userId).catch((error: unknown) => {
    if (isSynapseError(error, "forbidden")) return false;
    throw error;
  });
  if (isServerAdmin) {
    await upsertSynapseAdminGrant(userId);
    return { id: userId, role: "admin" };
  }
  await deleteSynapseAdminGrant(userId);
  const grant = await getRoleGrant(userId);
  if (!grant) {
    throw new SignInRefused(
      `${userId} has no role in this console. Ask a console admin to grant you one.`,
    );
  }
  return { id: userId, role: grant.role };
}

function explainLoginFailure(error: unknown): Error {
  if (isSynapseError(error, "forbidden")) {
    return new SignInRefused(
      error.errcode === "M_USER_DEACTIVATED"
        ? "This account is deactivated."
        : "Wrong user ID or password.",
    );
  }
  if (isSynapseError(error)) return new SignInRefused(error.message);
  return error instanceof Error ? error : new Error(String(error));
}
