import { describe, expect, it } from "vitest";
import { rateLimitValue } from "./set-rate-limit";

describe("rateLimitValue", () => {
  it("records the server's limits as null, 0 and 0 as no limit, else the numbers", () => {
    expect(rateLimitValue(null)).toBeNull();
    expect(rateLimitValue({ messagesPerSecond: 0, burstCount: 0 })).toBe("no limit");
    expect(rateLimitValue({ messagesPerSecond: 0, burstCount: 5 })).toEqual({
      messages_per_second: 0,
      burst_count: 5,
    });
    expect(rateLimitValue({ messagesPerSecond: 2.5, burstCount: 10 })).toEqual({
      messages_per_second: 2.5,
      burst_count: 10,
    });
  });
});
