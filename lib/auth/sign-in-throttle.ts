import "server-only";
import { db } from "@/lib/db";
import {
  createSignInThrottleStore,
  type AttemptKeys,
  type ClaimResult,
  type SignInThrottleStore,
} from "./sign-in-throttle-store";

export type { AttemptKeys, AttemptOutcome } from "./sign-in-throttle-store";

let store: SignInThrottleStore | undefined;

/** The throttle on the app's database. */
export function getSignInThrottle(): SignInThrottleStore {
  store ??= createSignInThrottleStore(db);
  return store;
}

type Refusal = Extract<ClaimResult, { allowed: false }>;

/** What a refused person reads: who is locked out and for how long, rounded up. */
export function describeRefusal(refusal: Refusal, keys: AttemptKeys): string {
  const whom =
    refusal.scope === "account" && keys.account
      ? `for ${keys.account}`
      : "from your network address";
  if (refusal.busy) return `Too many sign-ins ${whom} are under way; try again in a minute.`;
  const minutes = Math.max(1, Math.ceil(refusal.retryAfterMs / 60_000));
  return `Too many failed sign-ins ${whom}; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
