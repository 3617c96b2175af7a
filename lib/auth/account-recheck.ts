import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import {
  deleteSynapseAdminGrant,
  makeAccountCheckDue,
  noteAccountSeenUsable,
  setAccountBarred,
} from "@/lib/data/role-grants";
import { endSessionsOf, releaseRoleCheck, type SessionEndReason } from "@/lib/data/sessions";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { readAccountStanding, type Standing } from "./account-standing";
import type { Barred } from "./barred";

const endReasonFor: Record<Barred, SessionEndReason> = {
  deactivated: "user_deactivated",
  locked: "user_locked",
  suspended: "user_suspended",
  "no such user": "user_missing",
};

async function askSynapse(matrixId: string): Promise<Standing> {
  try {
    return await readAccountStanding(await getServiceSynapse(), matrixId);
  } catch (error) {
    // No homeserver or service account to ask with: the same as Synapse not answering.
    console.warn(`[sessions] could not re-check ${matrixId}'s account`, error);
    return { verdict: "unknown" };
  }
}

/** What Synapse's answer means for a console role of this source. */
type Verdict =
  | { kind: "unknown" }
  | { kind: "usable" }
  /** The role came from being a server admin, which they are not any more (or barred). */
  | { kind: "admin_lost"; reason: string }
  | { kind: "barred"; reason: Barred };

async function verdictFor(matrixId: string, source: "console" | "synapse_admin"): Promise<Verdict> {
  const standing = await askSynapse(matrixId);
  if (standing.verdict === "unknown") return { kind: "unknown" };
  if (source === "synapse_admin" && !(standing.verdict === "active" && standing.admin)) {
    const reason = standing.verdict === "barred" ? standing.reason : "no longer a server admin";
    return { kind: "admin_lost", reason };
  }
  if (standing.verdict === "active") return { kind: "usable" };
  return { kind: "barred", reason: standing.reason };
}

/**
 * Asks Synapse whether someone with an open session may still use the console: their account
 * must be neither deactivated, locked nor suspended (changes made in Synapse itself, which the
 * console never hears of), and when their admin role comes from being a Synapse server admin,
 * they must still be one. If not, their console sessions end, audited, and the answer is false.
 *
 * - A server admin's grant goes with it: there is no console role to fall back to (a server
 *   admin's grant replaced any role granted in the console).
 * - A role granted in the console stays: once unlocked or unsuspended, the person signs in again.
 *   Their API tokens are refused until a token's use finds the account usable (recheckTokenMaker).
 *
 * The caller claimed the check (claimRoleCheck). When Synapse cannot answer (down, slow, the
 * service account refused), the session is kept, so an outage does not sign everyone out, and the
 * check is due again, so the next request asks again.
 */
export async function recheckAccount(
  matrixId: string,
  source: "console" | "synapse_admin",
): Promise<boolean> {
  const verdict = await verdictFor(matrixId, source);
  switch (verdict.kind) {
    case "unknown":
      await releaseRoleCheck(matrixId);
      return true;
    case "usable":
      return true;
    case "admin_lost":
      return loseSynapseAdmin(matrixId, verdict.reason);
    case "barred":
      return barAccount(matrixId, verdict.reason);
  }
}

/** Drops the server admin's grant, audited: their sessions end and their API tokens are refused. */
const loseSynapseAdmin = (matrixId: string, reason: string) =>
  signedOut(matrixId, "console.synapse_admin_lost", reason, () =>
    deleteSynapseAdminGrant(matrixId),
  );

/** Ends the sessions of a barred account and refuses its API tokens, audited. */
const barAccount = (matrixId: string, reason: Barred) =>
  signedOut(matrixId, "console.account_barred", reason, async () => ({
    sessionsEnded: await endSessionsOf(matrixId, endReasonFor[reason]),
    apiTokensRefused: await setAccountBarred(matrixId, reason),
  }));

/** What an API token's maker may do now: their role stands, their account is barred, or no role. */
export type MakerStanding = "usable" | Barred | "no_role";

/**
 * Asks Synapse about the maker of an API token that is being used, when the caller claimed the
 * due check (claimAccountCheck): like a session's re-check, a maker whose Synapse account was
 * deactivated, locked, suspended or removed has their tokens refused, and a maker whose role came
 * from being a server admin loses it (and their tokens with it) once they are not one. A change is
 * audited once, when it is first seen; `barredBefore` is what the last check found. When Synapse
 * cannot answer, the last check stands and the next use asks again.
 */
export async function recheckTokenMaker(
  matrixId: string,
  source: "console" | "synapse_admin",
  barredBefore: Barred | null,
): Promise<MakerStanding> {
  const verdict = await verdictFor(matrixId, source);
  switch (verdict.kind) {
    case "unknown":
      await makeAccountCheckDue(matrixId);
      return barredBefore ?? "usable";
    case "admin_lost":
      await loseSynapseAdmin(matrixId, verdict.reason);
      return "no_role";
    case "usable":
      if (barredBefore) await accountUsableAgain(matrixId, barredBefore);
      return "usable";
    case "barred":
      if (verdict.reason !== barredBefore) await barAccount(matrixId, verdict.reason);
      return verdict.reason;
  }
}

/**
 * Lets the API tokens of an account Synapse no longer bars act again, audited: found by a token's
 * check, or by a sign-in that has just seen the account usable.
 */
export const accountUsableAgain = (matrixId: string, barredBefore: Barred) =>
  runAudited(
    {
      actor: { id: "console" },
      action: "console.account_usable",
      target: { type: "console", id: matrixId },
      input: { barredBefore },
    },
    () => noteAccountSeenUsable(matrixId),
  );

/** Ends the person's access through `work`, audited with the console as actor; always false. */
async function signedOut(
  matrixId: string,
  action: string,
  reason: string,
  work: () => Promise<unknown>,
): Promise<false> {
  await runAudited(
    {
      actor: { id: "console" },
      action,
      target: { type: "console", id: matrixId },
      input: { reason },
    },
    work,
  );
  return false;
}
