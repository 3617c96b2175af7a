import { describe, expect, it } from "vitest";
import { readStaleForm, readStaleRule, splitGlobs } from "./stale-form";

const sent = { staleDays: "90", staleNever: "", staleKeep: "1", staleExclude: "", staleOnly: "" };

describe("the stale rule from its form or a URL", () => {
  it("is unset until the form was sent", () => {
    expect(readStaleRule({}, undefined)).toEqual({ state: "unset" });
    expect(readStaleRule({ staleKeep: "500" }, "bob")).toEqual({ state: "unset" });
  });

  it("reads every field, the device list's user filter included", () => {
    expect(
      readStaleRule(
        {
          staleDays: " 180 ",
          staleNever: "0",
          staleKeep: "2",
          staleExclude: "@*-bridge:*, @_discord_*\n",
          staleOnly: "@alice:x\n\n@team-*:x",
        },
        " bob ",
      ),
    ).toEqual({
      state: "ok",
      rule: {
        olderThanDays: 180,
        neverSeenCreatedBeforeDays: 0,
        keepMostRecent: 2,
        excludeUsers: ["@*-bridge:*", "@_discord_*"],
        onlyUsers: ["@alice:x", "@team-*:x"],
        userContains: "bob",
      },
    });
    // An empty never-used age keeps never-used devices; no user filter narrows nothing.
    expect(readStaleRule(sent, "")).toMatchObject({
      state: "ok",
      rule: { neverSeenCreatedBeforeDays: null, userContains: null, onlyUsers: [] },
    });
  });

  // Each refused, with the field's message, and no rule at all: nothing listed, nothing revoked.
  it.each([
    ["keep 500", { staleKeep: "500" }, { staleKeep: "must be at most 100 devices" }],
    ["keep -1", { staleKeep: "-1" }, { staleKeep: "must be 0 or more" }],
    ["keep empty", { staleKeep: "" }, { staleKeep: "is required" }],
    ["4,000 days", { staleDays: "4000" }, { staleDays: "must be at most 3,650 days (10 years)" }],
    ["negative days", { staleDays: "-30" }, { staleDays: "must be at least 1 day" }],
    ["no days", { staleDays: "" }, { staleDays: "is required" }],
    ["days as text", { staleDays: "ninety" }, { staleDays: "must be a whole number" }],
    ["days as 1e3", { staleDays: "1e3" }, { staleDays: "must be a whole number" }],
    ["days 1.5", { staleDays: "1.5" }, { staleDays: "must be a whole number" }],
    [
      "huge days",
      { staleDays: "99999999999999999999" },
      { staleDays: "must be at most 3,650 days (10 years)" },
    ],
    [
      "never-used 4,000 days",
      { staleNever: "4000" },
      { staleNever: "must be at most 3,650 days (10 years)" },
    ],
    ["never-used -1", { staleNever: "-1" }, { staleNever: "must be 0 or more" }],
    [
      "two at once",
      { staleDays: "0", staleKeep: "500" },
      { staleDays: "must be at least 1 day", staleKeep: "must be at most 100 devices" },
    ],
    [
      "a long pattern",
      { staleOnly: `@${"a".repeat(300)}:x` },
      { staleOnly: "has a pattern longer than 255 characters" },
    ],
    [
      "a control character",
      { staleExclude: "@a\u001b[2J:x" },
      { staleExclude: "may not contain control characters" },
    ],
  ])("refuses %s", (_name, change, errors) => {
    expect(readStaleRule({ ...sent, ...change }, undefined)).toEqual({ state: "refused", errors });
  });

  it("refuses a user filter the list would ignore, rather than listing every user", () => {
    expect(readStaleRule(sent, "bob\u0000")).toEqual({
      state: "refused",
      errors: { user: "may not contain control characters" },
    });
    expect(readStaleRule(sent, "x".repeat(300))).toEqual({
      state: "refused",
      errors: { user: "must be at most 256 characters" },
    });
  });

  it("keeps the URL's values as sent (first of a repeated key), and only the form's", () => {
    expect(
      readStaleForm({ staleKeep: ["500", "1"], staleDays: "-1", user: "bob", page: "2" }),
    ).toEqual({ staleKeep: "500", staleDays: "-1" });
  });

  it("splits patterns by line or comma", () => {
    expect(splitGlobs(" @a:x ,\n\n@b-*:x\r\n")).toEqual(["@a:x", "@b-*:x"]);
    expect(splitGlobs(undefined)).toEqual([]);
  });
});
