import { describe, expect, it } from "vitest";
import { effectiveExclusions, globToLike, matchesAnyGlob, staleRuleSchema } from "./stale-rule";

describe("stale rule", () => {
  it("turns globs into LIKE patterns with SQL wildcards escaped", () => {
    expect(globToLike("@*-bridge:*")).toBe("@%-bridge:%");
    expect(globToLike("@_discord_*")).toBe("@\\_discord\\_%");
    expect(globToLike("@a?b%c\\")).toBe("@a_b\\%c\\\\");
  });

  it("matches globs like the SQL does", () => {
    expect(matchesAnyGlob("@irc-bridge:example.org", ["@*-bridge:*"])).toBe(true);
    expect(matchesAnyGlob("@bridge:example.org", ["@*-bridge:*"])).toBe(false);
    expect(matchesAnyGlob("@_discord_123:x", ["@_discord_*"])).toBe(true);
    expect(matchesAnyGlob("@xdiscord_123:x", ["@_discord_*"])).toBe(false);
    expect(matchesAnyGlob("@a.b:x", ["@a?b:x"])).toBe(true);
    expect(matchesAnyGlob("@a.b:x", [])).toBe(false);
  });

  const rule = {
    olderThanDays: 90,
    neverSeenCreatedBeforeDays: null,
    keepMostRecent: 1,
    excludeUsers: [],
    onlyUsers: [],
    userContains: null,
  };

  it("always excludes the service account", () => {
    expect(staleRuleSchema.parse(rule)).toEqual(rule);
    expect(effectiveExclusions(rule, "@console-bot:example.org")).toEqual([
      "@console-bot:example.org",
    ]);
    expect(effectiveExclusions({ ...rule, excludeUsers: ["@*-bridge:*"] }, null)).toEqual([
      "@*-bridge:*",
    ]);
  });

  it("takes the ends of each range", () => {
    for (const ok of [
      { olderThanDays: 1 },
      { olderThanDays: 3650 },
      { neverSeenCreatedBeforeDays: 0 },
      { neverSeenCreatedBeforeDays: 3650 },
      { keepMostRecent: 0 },
      { keepMostRecent: 100 },
    ])
      expect(staleRuleSchema.safeParse({ ...rule, ...ok }).success, JSON.stringify(ok)).toBe(true);
  });

  // Refused, never clamped or filled in: the rule acted on must be the rule shown.
  it.each([
    ["keep 500", { keepMostRecent: 500 }, "keepMostRecent", "must be at most 100 devices"],
    ["keep -1", { keepMostRecent: -1 }, "keepMostRecent", "must be 0 or more"],
    [
      "4,000 days",
      { olderThanDays: 4000 },
      "olderThanDays",
      "must be at most 3,650 days (10 years)",
    ],
    ["0 days", { olderThanDays: 0 }, "olderThanDays", "must be at least 1 day"],
    ["negative days", { olderThanDays: -5 }, "olderThanDays", "must be at least 1 day"],
    ["1.5 days", { olderThanDays: 1.5 }, "olderThanDays", "must be a whole number"],
    [
      "never-used 4,000 days",
      { neverSeenCreatedBeforeDays: 4000 },
      "neverSeenCreatedBeforeDays",
      "must be at most 3,650 days (10 years)",
    ],
    [
      "never-used -1",
      { neverSeenCreatedBeforeDays: -1 },
      "neverSeenCreatedBeforeDays",
      "must be 0 or more",
    ],
    ["no age", { olderThanDays: undefined }, "olderThanDays", "is required"],
    ["no keep", { keepMostRecent: undefined }, "keepMostRecent", "is required"],
    ["no only-users", { onlyUsers: undefined }, "onlyUsers", undefined],
    ["no user filter", { userContains: undefined }, "userContains", undefined],
    ["an unknown field", { onlyUser: ["@a:x"] }, "", undefined],
    [
      "101 patterns",
      { excludeUsers: Array(101).fill("@a:x") },
      "excludeUsers",
      "must have at most 100 patterns",
    ],
    [
      "a long pattern",
      { onlyUsers: ["@" + "a".repeat(300)] },
      "onlyUsers",
      "has a pattern longer than 255 characters",
    ],
    [
      "a control character",
      { onlyUsers: ["@a\u0000:x"] },
      "onlyUsers",
      "may not contain control characters",
    ],
  ])("refuses %s", (_name, change, field, message) => {
    const result = staleRuleSchema.safeParse({ ...rule, ...change });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(String(issue?.path[0] ?? "")).toBe(field);
    if (message) expect(issue?.message).toBe(message);
  });
});
