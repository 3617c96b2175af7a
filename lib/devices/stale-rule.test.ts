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

  it("always excludes the service account", () => {
    const rule = staleRuleSchema.parse({ olderThanDays: 90 });
    expect(rule).toEqual({ olderThanDays: 90, keepMostRecent: 1, excludeUsers: [] });
    expect(effectiveExclusions(rule, "@console-bot:example.org")).toEqual([
      "@console-bot:example.org",
    ]);
    expect(effectiveExclusions({ ...rule, excludeUsers: ["@*-bridge:*"] }, null)).toEqual([
      "@*-bridge:*",
    ]);
  });

  it("refuses a rule without an age or with a negative keep", () => {
    expect(staleRuleSchema.safeParse({}).success).toBe(false);
    expect(staleRuleSchema.safeParse({ olderThanDays: 30, keepMostRecent: -1 }).success).toBe(
      false,
    );
  });
});
