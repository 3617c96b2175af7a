import { describe, expect, it } from "vitest";
import { guardRefusal, removalAllowance } from "./apply-guard";

const defaults = { guardCount: 10, guardPercent: 10 };

describe("removalAllowance", () => {
  it("is the smaller of the count and the share of managed users", () => {
    expect(removalAllowance(defaults, 1000)).toBe(10);
    expect(removalAllowance(defaults, 50)).toBe(5);
    expect(removalAllowance(defaults, 5)).toBe(0);
    expect(removalAllowance({ guardCount: 3, guardPercent: 100 }, 40)).toBe(3);
  });
});

describe("guardRefusal", () => {
  it("lets a plan within the allowance through", () => {
    expect(guardRefusal({ removals: 10, managedUsers: 100, settings: defaults })).toBeNull();
    expect(guardRefusal({ removals: 0, managedUsers: 0, settings: defaults })).toBeNull();
  });

  it("refuses more, asking for the count, until exactly that count is typed", () => {
    const input = { removals: 11, managedUsers: 100, settings: defaults };
    expect(guardRefusal(input)).toBe(
      "This plan makes 11 removals (deactivations and room memberships), more than the 10 allowed without confirmation (10 or 10% of 100 managed users). Type 11 to confirm.",
    );
    expect(guardRefusal({ ...input, confirmedRemovals: 10 })).toMatch(/10 was typed, not 11\.$/);
    expect(guardRefusal({ ...input, confirmedRemovals: 11 })).toBeNull();
  });

  it("counts the share of managed users too", () => {
    expect(guardRefusal({ removals: 6, managedUsers: 50, settings: defaults })).toMatch(
      /more than the 5 allowed/,
    );
  });
});
