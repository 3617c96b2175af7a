import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import {
  deleteSynapseAdminGrant,
  getRoleGrant,
  upsertSynapseAdminGrant,
} from "@/lib/data/role-grants";
import { getEnv } from "@/lib/env";
import { getHomeserver, type Homeserver } from "@/lib/homeserver/get-homeserver";
import { toUserId } from "@/lib/schemas/matrix-id";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { createSynapseClient, isSynapseError, type SynapseClient } from "@/lib/synapse";
import { accountUsableAgain } from "./account-recheck";
import { readAccountStanding, standingOf } from "./account-standing";
import { isBarred } from "./barred";
import type { ClientAddress } from "./client-address";
import type { Role } from "./roles";
import {
  accountBarred,
  explainSynapseFailure,
  SignInRefused,
  WrongCredentials,
} from "./sign-in-errors";
import { describeRefusal, getSignInThrottle, type AttemptKeys } from "./sign-in-throttle";
import { PRODUCT_NAME } from "@/lib/product-name";

export { withSafeSignInErrors } from "./sign-in-errors";

export type SignedIn = { id: string; role: Role };

// A sign-in is a person waiting at a form: a 429 on the login itself is reported at once (with
// Synapse's wait) rather than waited out; the calls after it may wait this long.
const LOGIN_RETRY_WAIT_MS = 0;
const AFTER_LOGIN_RETRY_WAIT_MS = 2_000;

const NO_TOKEN = async (): Promise<string> => {
  throw new SignInRefused("No access token.");
};

function clientFor(homeserver: Homeserver, maxRetryWaitMs: number, token?: string): SynapseClient {
  return createSynapseClient({
    baseUrl: homeserver.baseUrl,
    tokenSource: { getToken: token ? async () => token : NO_TOKEN },
    timeoutMs: getEnv().SYNAPSE_TIMEOUT_MS,
    maxRetryWaitMs,
  });
}

async function requireHomeserver(): Promise<Homeserver> {
  const homeserver = await getHomeserver();
  if (!homeserver)
    throw new SignInRefused("No homeserver is configured yet: an admin must finish setup first.");
  return homeserver;
}

/** Checks a Matrix password with the homeserver, leaving no device behind, and returns the console role. */
export async function signInWithPassword(
  input: string,
  password: string,
  from: ClientAddress,
): Promise<SignedIn> {
  const homeserver = await requireHomeserver();
  const userId = toUserId(input, homeserver.serverName);
  if (!userId) throw new SignInRefused(`"${input}" is not a Matrix user ID or localpart.`);
  if (!password) throw new SignInRefused("Enter your password.");

  // Synapse finds the account whatever the case typed, so the throttle counts it once too.
  const account = userId.toLowerCase();
  return throttled({ account, address: from.throttleKey }, "password", from, () =>
    auditedSignIn(userId, "password", from, async () => {
      const login = await clientFor(homeserver, LOGIN_RETRY_WAIT_MS)
        .session.login({ user: userId, password, deviceDisplayName: `${PRODUCT_NAME} sign-in` })
        .catch((error: unknown) => {
          throw explainSynapseFailure(error);
        });
      const asUser = clientFor(homeserver, AFTER_LOGIN_RETRY_WAIT_MS, login.access_token);
      try {
        const me = await asUser.session.whoAmI(login.access_token);
        return await resolveRole(me.user_id, asUser);
      } finally {
        await asUser.session.logout(login.access_token).catch(() => undefined);
      }
    }),
  );
}

/** Checks an access token with whoami (for SSO-only homeservers); the token is not kept. */
export async function signInWithAccessToken(token: string, from: ClientAddress): Promise<SignedIn> {
  const homeserver = await requireHomeserver();
  if (!token.trim()) throw new SignInRefused("Paste an access token.");
  // Whose token it is stays unknown until Synapse says: only the address is counted.
  return throttled({ address: from.throttleKey }, "access_token", from, async () => {
    const asUser = clientFor(homeserver, LOGIN_RETRY_WAIT_MS, token.trim());
    const me = await asUser.session.whoAmI(token.trim()).catch(async (error: unknown) => {
      const refusal = isSynapseError(error, "unauthorized")
        ? new WrongCredentials(
            "The homeserver does not know this access token (expired or logged out).",
          )
        : explainSynapseFailure(error);
      // Whose token it was is unknown, but the refused attempt and its address are history too.
      await auditedSignIn("anonymous", "access_token", from, () => Promise.reject(refusal)).catch(
        () => undefined,
      );
      throw refusal;
    });
    return auditedSignIn(me.user_id, "access_token", from, () => resolveRole(me.user_id, asUser));
  });
}

/**
 * Asks the throttle first, before the audit log or Synapse hear of the attempt; then tells it how
 * the attempt ended. Only a wrong password or token counts as a failure.
 */
async function throttled(
  keys: AttemptKeys,
  method: string,
  from: ClientAddress,
  attempt: () => Promise<SignedIn>,
): Promise<SignedIn> {
  const throttle = getSignInThrottle();
  const claim = await throttle.claim(keys);
  if (!claim.allowed) {
    const refusal = new SignInRefused(describeRefusal(claim, keys));
    // The first few refusals of a lockout are audited; the rest only counted on the throttle row.
    if (!claim.audit) throw refusal;
    return auditedSignIn(keys.account ?? "anonymous", method, from, () => Promise.reject(refusal), {
      throttled: claim.scope,
      refusedInLockout: claim.refused,
    });
  }
  try {
    const signedIn = await attempt();
    await settle(keys, "success");
    return signedIn;
  } catch (error) {
    await settle(keys, error instanceof WrongCredentials ? "failure" : "no_verdict");
    throw error;
  }
}

async function settle(keys: AttemptKeys, outcome: "success" | "failure" | "no_verdict") {
  // The attempt's answer stands even when its count cannot be written; the log says so.
  await getSignInThrottle()
    .settle(keys, outcome)
    .catch((error: unknown) => console.error("[sign-in] throttle not updated", error));
}

function auditedSignIn(
  userId: string,
  method: string,
  from: ClientAddress,
  work: () => Promise<SignedIn>,
  extra: Record<string, unknown> = {},
) {
  return runAudited(
    {
      actor: { id: userId },
      action: "console.sign_in",
      target: { type: "console", id: userId },
      input: { method, clientAddress: from.address, ...extra },
    },
    work,
  );
}

/**
 * A Synapse server admin is a console admin; anyone else needs a role granted in the console.
 * Nobody whose account is deactivated, locked or suspended signs in, whatever their role.
 */
async function resolveRole(userId: string, asUser: SynapseClient): Promise<SignedIn> {
  const standing = await standingForSignIn(userId, asUser);
  if (standing.admin) {
    await liftStaleBar(userId, await upsertSynapseAdminGrant(userId));
    return { id: userId, role: "admin" };
  }
  await deleteSynapseAdminGrant(userId);
  const grant = await getRoleGrant(userId);
  if (!grant) {
    throw new SignInRefused(
      `${userId} has no role in this console. Ask a console admin to grant you one.`,
    );
  }
  await liftStaleBar(userId, grant);
  return { id: userId, role: grant.role };
}

/** The sign-in has just seen the account usable: a bar a token's check left lifts, audited. */
async function liftStaleBar(userId: string, grant: { accountBarred: string | null }) {
  if (grant.accountBarred && isBarred(grant.accountBarred)) {
    await accountUsableAgain(userId, grant.accountBarred);
  }
}

/**
 * The account as Synapse's admin API tells it, refusing the sign-in unless it is active: Synapse
 * lets a suspended user log in and call whoami. Only a server admin may read the admin API, so
 * one read of their own account with their own token says both that they are one and how their
 * account stands; anyone else's account is read by the service account, and if it cannot answer
 * the sign-in is refused: letting in someone who may be suspended is worse than asking them to
 * try again. These refusals say nothing about the password, so the throttle does not count them.
 */
async function standingForSignIn(userId: string, asUser: SynapseClient) {
  const own = await asUser.users.get(userId).catch((error: unknown) => {
    if (isSynapseError(error, "forbidden")) return null;
    throw error;
  });
  const standing = own
    ? standingOf(own)
    : await readAccountStanding(await getServiceSynapse(), userId);
  if (standing.verdict === "unknown") {
    throw new SignInRefused(
      "The console cannot check your account with the homeserver right now; try again later.",
    );
  }
  if (standing.verdict === "barred") {
    throw standing.reason === "no such user"
      ? new SignInRefused(`The homeserver has no account ${userId}.`)
      : accountBarred(standing.reason);
  }
  return standing;
}
