import { AuditWriteError } from "@/lib/audit/run-audited";
import { isSynapseError } from "@/lib/synapse";
import type { SignedIn } from "./matrix-sign-in";

// next-auth hands the message of an error thrown by authorize() to the sign-in page, which anyone
// can open: so each message is a sentence for the person, and never carries the homeserver's
// internal address or Synapse's own error text (which may name it). The detail goes to the log.

/** A refusal written for the person signing in. */
export class SignInRefused extends Error {
  override name = "SignInRefused";
}

/** The homeserver said the password or token is wrong: what the throttle counts as a failure. */
export class WrongCredentials extends SignInRefused {
  override name = "WrongCredentials";
}

/** Why someone with the right password may not sign in: their account's state on the homeserver. */
export const accountBarred = (state: "deactivated" | "locked" | "suspended") =>
  new SignInRefused(
    `Your account is ${state} on the homeserver, so you cannot sign in to the console.`,
  );

const SERVER_FAILED = "Signing in failed on the server; the console's log says why.";

/** Lets only sentences meant for the person reach the sign-in page; the rest goes to the server log. */
export async function withSafeSignInErrors(signIn: () => Promise<SignedIn>): Promise<SignedIn> {
  try {
    return await signIn();
  } catch (error) {
    if (error instanceof SignInRefused || error instanceof AuditWriteError) throw error;
    if (isSynapseError(error)) throw explainSynapseFailure(error);
    console.error("[sign-in]", error);
    throw new Error(SERVER_FAILED);
  }
}

/** A Synapse error met while signing someone in, told without internal detail. */
export function explainSynapseFailure(error: unknown): Error {
  if (!isSynapseError(error)) return error instanceof Error ? error : new Error(String(error));
  // The password was right: these say so, and must not count as failures.
  if (error.errcode === "M_USER_LOCKED") return accountBarred("locked");
  if (error.errcode === "M_USER_DEACTIVATED") return accountBarred("deactivated");
  if (error.kind === "forbidden") return new WrongCredentials("Wrong user ID or password.");
  if (error.kind === "rate_limited") {
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000));
    return new SignInRefused(
      `The homeserver is limiting sign-ins; try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
    );
  }
  console.error("[sign-in]", error.message);
  if (error.kind === "unreachable" || error.kind === "timeout") {
    return new SignInRefused(
      "The homeserver cannot be reached right now, so nobody can sign in; try again later.",
    );
  }
  return new SignInRefused(
    "The homeserver could not check this sign-in; the console's log says why.",
  );
}
