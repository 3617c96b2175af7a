import { describe, expect, it } from "vitest";
import { rotationWarning, tokenWarnings } from "./token-warnings";

const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (count: number) => new Date(now.getTime() - count * 24 * 60 * 60 * 1000);
const policy = { maxTokenAgeDays: 30, unusedDays: 14, now };

describe("token warnings", () => {
  it("warns about a console token older than the policy, not about its use", () => {
    expect(
      tokenWarnings({ since: daysAgo(31), sinceBasis: "issued", lastUsedAt: null }, policy),
    ).toEqual(["older than the 30-day policy (31 days)"]);
    expect(
      tokenWarnings({ since: daysAgo(29), sinceBasis: "issued", lastUsedAt: null }, policy),
    ).toEqual([]);
  });

  it("holds an account no policy manages to no age at all", () => {
    const unmanaged = { ...policy, maxTokenAgeDays: null };
    const seen = daysAgo(1);
    expect(
      tokenWarnings({ since: daysAgo(400), sinceBasis: "issued", lastUsedAt: null }, unmanaged),
    ).toEqual([]);
    expect(
      tokenWarnings({ since: seen, sinceBasis: "last_seen", lastUsedAt: seen }, unmanaged),
    ).toEqual([]);
  });

  it("warns about devices unused for long or never used", () => {
    const seen = daysAgo(20);
    expect(
      tokenWarnings({ since: seen, sinceBasis: "last_seen", lastUsedAt: seen }, policy),
    ).toEqual(["unused for 20 days"]);
    expect(
      tokenWarnings({ since: null, sinceBasis: "last_seen", lastUsedAt: null }, policy),
    ).toEqual(["never used"]);
    const recent = daysAgo(1);
    expect(
      tokenWarnings({ since: recent, sinceBasis: "last_seen", lastUsedAt: recent }, policy),
    ).toEqual([]);
  });

  it("names a failed rotation with its reason", () => {
    expect(rotationWarning({ lastRotationOk: false, lastRotationError: "deliver: 500" })).toBe(
      "last rotation failed: deliver: 500",
    );
    expect(rotationWarning({ lastRotationOk: true, lastRotationError: null })).toBeNull();
    expect(rotationWarning({ lastRotationOk: null, lastRotationError: null })).toBeNull();
  });
});
