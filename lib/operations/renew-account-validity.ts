import { ActionError } from "@/lib/actions/action-result";
import { isSynapseError, type SynapseClient } from "@/lib/synapse";
import {
  ACCOUNT_VALIDITY_OFF,
  type RenewAccountValidityInput,
} from "@/lib/schemas/account-validity";
import { getUserOrThrow } from "./require-user";

/** Homeservers (by base URL) seen without account validity, so their user pages say so at once. */
const seenWithout = new Map<string, number>();
/** A server's configuration can change; look again after this long. */
const REMEMBER_MS = 60 * 60_000;

export function isKnownWithoutAccountValidity(baseUrl: string, now = Date.now()): boolean {
  const seenAt = seenWithout.get(baseUrl);
  return seenAt !== undefined && now - seenAt < REMEMBER_MS;
}

/**
 * Synapse's answer when it has no account validity: the admin API is not there at all (404, on
 * servers whose logins an outside provider handles), or the renewal by the configured period
 * fails on the missing period (500 M_UNKNOWN "Internal server error", Synapse 1.160).
 */
function meansNoAccountValidity(error: unknown): boolean {
  if (!isSynapseError(error)) return false;
  if (error.kind === "not_found" && error.errcode === "M_UNRECOGNIZED") return true;
  return error.kind === "server" && error.status === 500 && error.errcode === "M_UNKNOWN";
}

/**
 * Renews when a user's account expires: by the server's validity period, or to a chosen time.
 * Synapse stores a chosen time even where account validity is off (and then ignores it), so the
 * renewal by the period is always sent first: it is the only answer that tells whether the
 * server uses account validity at all. A chosen time then replaces the period's.
 */
export async function renewAccountValidity(
  synapse: SynapseClient,
  input: RenewAccountValidityInput,
) {
  await getUserOrThrow(synapse, input.userId);
  let expiresAt: number;
  try {
    expiresAt = await synapse.users.renewValidity({
      userId: input.userId,
      renewalEmails: input.renewalEmails,
    });
  } catch (error) {
    if (!meansNoAccountValidity(error)) throw error;
    seenWithout.set(synapse.baseUrl, Date.now());
    throw new ActionError(ACCOUNT_VALIDITY_OFF);
  }
  seenWithout.delete(synapse.baseUrl);
  if (input.expiresAtMs !== null) {
    const renewedTo = new Date(expiresAt).toISOString();
    try {
      expiresAt = await synapse.users.renewValidity({
        userId: input.userId,
        expiresAtMs: input.expiresAtMs,
        renewalEmails: input.renewalEmails,
      });
    } catch (error) {
      // The first call already moved the expiry: say so, rather than a failure that hides it.
      throw new ActionError(
        `The account was renewed by the server's period, to ${renewedTo}, but not to the chosen time: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  // No from → to: Synapse's admin API cannot read an account's expiry, so the result keeps the new one.
  return { userId: input.userId, expiresAt: new Date(expiresAt).toISOString() };
}
