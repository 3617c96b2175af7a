import { describe, expect, it } from "vitest";
import { findAuditActionNames } from "@/lib/audit/testing/find-audit-action-names";
import { describeEntry, findSentence, type DescribableEntry } from "./describe-entry";

const entry = (fields: Partial<DescribableEntry> & { action: string }): DescribableEntry => ({
  targetType: null,
  targetId: null,
  input: null,
  result: null,
  outcome: "success",
  errorMessage: null,
  changes: null,
  ...fields,
});

describe("every action the code can audit has a sentence", () => {
  const found = findAuditActionNames();

  it("finds the names in the code (and can read each template it meets)", () => {
    expect(found.unexpanded).toEqual([]);
    // A floor, so a broken search that finds nothing cannot pass the test below.
    expect(found.names.length).toBeGreaterThan(60);
    expect(found.names).toEqual(
      expect.arrayContaining([
        "console.sign_in",
        "user.set_locked",
        "policy.room.join",
        "user.lock",
      ]),
    );
  });

  it.each(found.names)("%s", (action) => {
    expect(findSentence(action), `${action} has no sentence in lib/audit/describe`).not.toBeNull();
    const sentence = describeEntry(entry({ action, targetId: "@bob:example.org" }));
    // An entry with no input at all still reads as a sentence, without "undefined".
    expect(sentence).not.toMatch(/undefined|null|NaN|\[object/);
  });
});

describe("sentences", () => {
  const bob = { targetType: "user" as const, targetId: "@bob:example.org" };

  it("says what happened to whom, with the values from the input", () => {
    expect(
      describeEntry(
        entry({
          action: "user.set_locked",
          ...bob,
          input: { userId: bob.targetId, enabled: true },
        }),
      ),
    ).toBe("locked @bob:example.org");
    expect(
      describeEntry(
        entry({
          action: "user.set_locked",
          ...bob,
          input: { userId: bob.targetId, enabled: false },
        }),
      ),
    ).toBe("unlocked @bob:example.org");
    expect(
      describeEntry(
        entry({
          action: "user.set_displayname",
          ...bob,
          input: { userId: bob.targetId, displayName: "Bob" },
        }),
      ),
    ).toBe("set @bob:example.org's display name to “Bob”");
  });

  it("counts with the right plurals", () => {
    const revoke = (expectedDevices: number, expectedUsers: number) =>
      describeEntry(
        entry({ action: "job.run_stale_device_revoke", input: { expectedDevices, expectedUsers } }),
      );
    expect(revoke(12, 8)).toBe("started revoking 12 stale devices of 8 users");
    expect(revoke(1, 1)).toBe("started revoking 1 stale device of 1 user");
  });

  it("gives a refused sign-in's reason and address, and a granted one's method", () => {
    const input = { method: "password", clientAddress: "203.0.113.5" };
    const target = { targetType: "console" as const, targetId: "@x:example.org" };
    expect(
      describeEntry(
        entry({
          action: "console.sign_in",
          ...target,
          input,
          outcome: "failure",
          errorMessage: "Wrong user ID or password.",
        }),
      ),
    ).toBe("was refused sign-in with a password: Wrong user ID or password (from 203.0.113.5)");
    expect(
      describeEntry(
        entry({
          action: "console.sign_in",
          targetType: "console",
          targetId: "anonymous",
          input: { method: "access_token", clientAddress: "203.0.113.5" },
          outcome: "failure",
          errorMessage: "The homeserver does not know this access token.",
        }),
      ),
    ).toBe(
      "was refused sign-in with an access token: The homeserver does not know this access token (from 203.0.113.5)",
    );
    expect(describeEntry(entry({ action: "console.sign_in", ...target, input }))).toBe(
      "signed in with a password (from 203.0.113.5)",
    );
  });

  it("reads a policy apply's plan action with the plan's own words", () => {
    const input = {
      policyVersion: 3,
      action: {
        type: "room.join",
        payload: { userId: "@bob:example.org", roomId: "!r:example.org" },
      },
    };
    expect(describeEntry(entry({ action: "policy.room.join", input }))).toBe(
      "applied policy version 3: join @bob:example.org to !r:example.org",
    );
    // An entry whose stored action lost its shape still reads.
    expect(describeEntry(entry({ action: "policy.room.users_set_power_levels", input: {} }))).toBe(
      "applied the policy: room.users_set_power_levels",
    );
  });

  it("says when a maker's account barred on Synapse took their API tokens, and gave them back", () => {
    const target = { targetType: "console" as const, targetId: "@x:example.org" };
    const barred = { action: "console.account_barred", ...target, input: { reason: "locked" } };
    expect(describeEntry(entry({ ...barred, result: { sessionsEnded: 0 } }))).toBe(
      "signed @x:example.org out of the console: locked",
    );
    expect(
      describeEntry(entry({ ...barred, result: { sessionsEnded: 1, apiTokensRefused: true } })),
    ).toBe("signed @x:example.org out of the console and refused their API tokens: locked");
    for (const [barredBefore, was] of [
      ["suspended", "suspended"],
      ["no such user", "missing"],
    ]) {
      expect(
        describeEntry(
          entry({ action: "console.account_usable", ...target, input: { barredBefore } }),
        ),
      ).toBe(`let the API tokens of @x:example.org act again: their account is no longer ${was}`);
    }
  });

  it("names an action the console no longer has as stored", () => {
    expect(describeEntry(entry({ action: "user.retired_thing", ...bob }))).toBe(
      "user.retired_thing on @bob:example.org",
    );
  });
});
