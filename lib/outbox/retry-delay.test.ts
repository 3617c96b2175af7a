import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-delay";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds up to an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelayMs(attempt) / 1000)).toEqual([
      30, 60, 120, 240, 480, 960, 1920,
    ]);
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("waits at least as long as a 429 asked", () => {
    expect(retryDelayMs(1, 90_000)).toBe(90_000);
    expect(retryDelayMs(3, 1_000)).toBe(120_000);
  });
});
