import { describe, expect, it } from "vitest";
import type { StaleCounts } from "./stale-query";
import type { StaleRule } from "./stale-rule";
import { describeDryRun, devicesOfUsers, refusedRule } from "./stale-wording";

const rule: StaleRule = {
  olderThanDays: 180,
  neverSeenCreatedBeforeDays: null,
  keepMostRecent: 1,
  excludeUsers: [],
  onlyUsers: [],
  userContains: null,
};
const none: StaleCounts = {
  devices: 0,
  users: 0,
  seenOld: 0,
  neverOld: 0,
  neverLeft: 0,
  excluded: 0,
};

describe("the dry run in words", () => {
  it("puts the old devices and the revoked ones side by side, saying why the rest stay", () => {
    const counts = { ...none, seenOld: 171, devices: 78, users: 40 };
    expect(describeDryRun(rule, counts)).toEqual({
      summary:
        "171 devices last used more than 180 days ago; 78 devices of 40 users would be revoked, because each user keeps their 1 most recently used device (93 devices kept).",
      notes: [],
    });
  });

  it("says one device, one user, one day in the singular", () => {
    const one = { ...rule, olderThanDays: 1, neverSeenCreatedBeforeDays: 1, keepMostRecent: 0 };
    expect(describeDryRun(one, { ...none, seenOld: 1, neverOld: 0, devices: 1, users: 1 })).toEqual(
      {
        summary:
          "1 device last used more than 1 day ago and 0 never-used devices of accounts older than 1 day; 1 device of 1 user would be revoked.",
        notes: [],
      },
    );
    expect(devicesOfUsers(1, 1)).toBe("1 device of 1 user");
    expect(devicesOfUsers(1200, 2)).toBe("1,200 devices of 2 users");
  });

  it("counts never-used devices, of accounts of any age with 0", () => {
    const anyAge = { ...rule, neverSeenCreatedBeforeDays: 0, keepMostRecent: 2 };
    expect(
      describeDryRun(anyAge, { ...none, seenOld: 3, neverOld: 1, devices: 2, users: 1 }).summary,
    ).toBe(
      "3 devices last used more than 180 days ago and 1 never-used device of accounts of any age; 2 devices of 1 user would be revoked, because each user keeps their 2 most recently used devices (2 devices kept).",
    );
  });

  it("says when nothing would go, and why", () => {
    expect(describeDryRun(rule, none).summary).toBe(
      "0 devices last used more than 180 days ago; none would be revoked.",
    );
    expect(describeDryRun(rule, { ...none, seenOld: 1 }).summary).toBe(
      "1 device last used more than 180 days ago; none would be revoked, because each user keeps their 1 most recently used device.",
    );
  });

  it("notes the narrowing, the exclusions and the never-used devices left, only where they apply", () => {
    const narrowed = {
      ...rule,
      onlyUsers: ["@alice:x", "@team-*:x"],
      userContains: "bob",
    };
    expect(
      describeDryRun(narrowed, {
        ...none,
        seenOld: 2,
        devices: 2,
        users: 1,
        excluded: 1,
        neverLeft: 4,
      }).notes,
    ).toEqual([
      "Only users matching @alice:x, @team-*:x.",
      "Only users whose ID contains “bob” (the device list’s user filter).",
      "Devices of excluded users, left alone (the console’s own account is always excluded): 1 device.",
      "Never-used devices kept: 4 devices. To include them, set “Never used, account older than”; 0 takes accounts of any age, even ones created today.",
    ]);
    const young = { ...rule, neverSeenCreatedBeforeDays: 1 };
    expect(describeDryRun(young, { ...none, neverLeft: 1 }).notes).toEqual([
      "Never-used devices kept because their accounts are younger than 1 day (or of unknown age): 1 device. 0 takes accounts of any age, even ones created today.",
    ]);
  });
});

describe("the revoke's refusal of the rule", () => {
  it("names each refused field by its label, in one sentence that says what to do", () => {
    expect(
      refusedRule({
        keepMostRecent: ["must be at most 100 devices"],
        olderThanDays: ["must be at least 1 day"],
      }),
    ).toBe(
      "The rule was refused, so nothing was revoked: Keep most recent per user must be at most 100 devices; Last used more than (days) must be at least 1 day. Reload the page and run the dry run again.",
    );
  });
});
