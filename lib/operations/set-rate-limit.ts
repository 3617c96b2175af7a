import { recordChange } from "@/lib/audit/changes";
import type { RateLimitChoice } from "@/lib/schemas/user-actions";
import type { SynapseClient } from "@/lib/synapse";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";

/** Synapse has no word for "no limit": an override of 0 messages per second (and 0) means it. */
const NO_LIMIT: RateLimitOverride = { messagesPerSecond: 0, burstCount: 0 };

const toOverride = (limit: RateLimitChoice): RateLimitOverride =>
  limit.kind === "none"
    ? NO_LIMIT
    : { messagesPerSecond: limit.messagesPerSecond, burstCount: limit.burstCount };

/**
 * A rate-limit override as the audit log records it: null when the user follows the server's
 * limits, "no limit" for Synapse's 0 and 0, else the messages per second and burst.
 */
export function rateLimitValue(override: RateLimitOverride | null) {
  if (!override) return null;
  if (override.messagesPerSecond === 0 && override.burstCount === 0) return "no limit";
  return { messages_per_second: override.messagesPerSecond, burst_count: override.burstCount };
}

export async function readRateLimitBefore(synapse: SynapseClient, userId: string) {
  // One extra GET .../users/<id>/override_ratelimit, only for the audit's "from".
  return rateLimitValue(await synapse.users.rateLimit.get(userId));
}

/** Overrides a user's message rate limit, recording it from → to (the "to" as Synapse answered). */
export async function setRateLimit(
  synapse: SynapseClient,
  userId: string,
  limit: RateLimitChoice,
  reading = readRateLimitBefore(synapse, userId),
) {
  const before = await reading;
  const override = toOverride(limit);
  const answered = await synapse.users.rateLimit.set(userId, override);
  recordChange("rate_limit", before, rateLimitValue(answered ?? override));
  return { userId, override };
}

/** Drops a user's override, so they follow the server's limits again. */
export async function clearRateLimit(
  synapse: SynapseClient,
  userId: string,
  reading = readRateLimitBefore(synapse, userId),
) {
  const before = await reading;
  await synapse.users.rateLimit.clear(userId);
  recordChange("rate_limit", before, null);
  return { userId };
}
