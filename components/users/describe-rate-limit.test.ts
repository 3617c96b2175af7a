import { describe, expect, it } from "vitest";
import { describeRateLimit } from "./describe-rate-limit";

describe("describeRateLimit", () => {
  it("says no limit for Synapse's 0 messages per second, whatever the burst", () => {
    expect(describeRateLimit({ messagesPerSecond: 0, burstCount: 0 })).toBe(
      "no limit (exempt from every rate limit)",
    );
    expect(describeRateLimit({ messagesPerSecond: 0, burstCount: 5 })).toBe(
      "no limit (exempt from every rate limit)",
    );
  });

  it("names a limit with its plurals", () => {
    expect(describeRateLimit({ messagesPerSecond: 3, burstCount: 7 })).toBe(
      "3 messages per second, in bursts of up to 7 messages",
    );
    expect(describeRateLimit({ messagesPerSecond: 1, burstCount: 1 })).toBe(
      "1 message per second, in bursts of up to 1 message",
    );
  });

  it("says that a burst of 0 lets nothing through", () => {
    expect(describeRateLimit({ messagesPerSecond: 2, burstCount: 0 })).toBe(
      "2 messages per second with bursts of 0, which lets no message through",
    );
  });
});
