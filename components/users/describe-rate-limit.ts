import { countOf } from "@/lib/format/count";
import type { RateLimitOverride } from "@/lib/synapse/user-admin";

/**
 * An override as Synapse holds it, in words. 0 messages per second is how Synapse stores "no
 * limit" (it then skips every rate limit for the user, not only the one for messages); a burst of
 * 0 with any rate lets nothing through, which only an override set elsewhere can hold.
 */
export function describeRateLimit({ messagesPerSecond, burstCount }: RateLimitOverride): string {
  if (messagesPerSecond === 0) return "no limit (exempt from every rate limit)";
  const rate = `${countOf(messagesPerSecond, "message")} per second`;
  if (burstCount === 0) return `${rate} with bursts of 0, which lets no message through`;
  return `${rate}, in bursts of up to ${countOf(burstCount, "message")}`;
}
