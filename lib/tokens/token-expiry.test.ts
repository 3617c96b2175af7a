import { describe, expect, it } from "vitest";
import { tokenValidUntil } from "./token-expiry";

describe("tokenValidUntil", () => {
  it("is the max token age plus the grace period plus a day after minting", () => {
    const minted = new Date("2026-03-01T12:00:00.000Z");
    expect(tokenValidUntil({ maxTokenAgeDays: 30, graceMinutes: 90 }, minted).toISOString()).toBe(
      "2026-04-01T13:30:00.000Z",
    );
  });

  it("still leaves a day past a one-day policy with no grace", () => {
    const minted = new Date("2026-03-01T00:00:00.000Z");
    expect(tokenValidUntil({ maxTokenAgeDays: 1, graceMinutes: 0 }, minted).toISOString()).toBe(
      "2026-03-03T00:00:00.000Z",
    );
  });
});
