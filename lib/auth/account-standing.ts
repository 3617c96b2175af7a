import "server-only";
import { isSynapseError, type SynapseClient, type SynapseUser } from "@/lib/synapse";

/** A check waits at most this long: a slow Synapse must not hold every page or a sign-in. */
const STANDING_TIMEOUT_MS = 5_000;

import type { Barred } from "./barred";

export type Standing =
  | { verdict: "active"; admin: boolean }
  | { verdict: "barred"; reason: Barred }
  | { verdict: "unknown" };

const timedOut = () =>
  new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), STANDING_TIMEOUT_MS));

/**
 * Reads a Matrix account with Synapse's admin API: whether it is deactivated, locked or suspended
 * (Synapse still lets a suspended user log in and call whoami, so a password proves nothing), and
 * whether it is a server admin. "unknown" when Synapse cannot answer; the caller decides.
 */
export async function readAccountStanding(
  synapse: SynapseClient,
  matrixId: string,
): Promise<Standing> {
  try {
    const user = await Promise.race([synapse.users.get(matrixId), timedOut()]);
    return user === "timeout" ? { verdict: "unknown" } : standingOf(user);
  } catch (error) {
    if (isSynapseError(error, "not_found")) return { verdict: "barred", reason: "no such user" };
    console.warn(`[sessions] could not read ${matrixId}'s account on the homeserver`, error);
    return { verdict: "unknown" };
  }
}

/** An account's standing, from Synapse's admin answer about it. */
export function standingOf(user: SynapseUser): Standing {
  if (user.deactivated) return { verdict: "barred", reason: "deactivated" };
  if (user.locked) return { verdict: "barred", reason: "locked" };
  if (user.suspended) return { verdict: "barred", reason: "suspended" };
  return { verdict: "active", admin: user.admin };
}
