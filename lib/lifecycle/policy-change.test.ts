import { describe, expect, it } from "vitest";
import type { PolicyUser } from "@/lib/policy/document/schema";
import { usersAfterEvent, type LifecycleGroups } from "./policy-change";

const groups: LifecycleGroups = { defaultGroup: "staff", adminGroup: "admins" };
const ann: PolicyUser = { id: "@ann:example.org", active: true, groups: ["staff"] };

const changed = (result: ReturnType<typeof usersAfterEvent>) => {
  if (result.kind !== "changed") throw new Error(`expected a change, got ${result.kind}`);
  return result.users;
};

describe("what a lifecycle event does to the policy's users", () => {
  it("adds a created user, active, in the default group, with the name and email given", () => {
    const users = changed(
      usersAfterEvent(
        [ann],
        {
          type: "created",
          userId: "@bob:example.org",
          displayName: "Bob",
          email: "bob@example.org",
        },
        groups,
      ),
    );
    expect(users).toEqual([
      ann,
      {
        id: "@bob:example.org",
        active: true,
        displayName: "Bob",
        email: "bob@example.org",
        groups: ["staff"],
      },
    ]);
  });

  it("adds no group when none is set as the default", () => {
    const users = changed(
      usersAfterEvent(
        [],
        { type: "created", userId: "@bob:example.org" },
        { ...groups, defaultGroup: null },
      ),
    );
    expect(users).toEqual([{ id: "@bob:example.org", active: true }]);
  });

  it("makes a revoked user that comes back active again, keeping their other groups", () => {
    const gone = { ...ann, active: false, groups: ["readers"] };
    expect(changed(usersAfterEvent([gone], { type: "created", userId: ann.id }, groups))).toEqual([
      { ...ann, groups: ["readers", "staff"] },
    ]);
  });

  it("adds and removes the admin group on promoted and demoted, once", () => {
    const promoted = changed(usersAfterEvent([ann], { type: "promoted", userId: ann.id }, groups));
    expect(promoted[0]?.groups).toEqual(["staff", "admins"]);
    expect(usersAfterEvent(promoted, { type: "promoted", userId: ann.id }, groups)).toEqual({
      kind: "unchanged",
    });
    const demoted = changed(usersAfterEvent(promoted, { type: "demoted", userId: ann.id }, groups));
    expect(demoted).toEqual([ann]);
  });

  it("drops the groups key when demoting leaves none", () => {
    const admin = { id: ann.id, active: true, groups: ["admins"] };
    expect(changed(usersAfterEvent([admin], { type: "demoted", userId: ann.id }, groups))).toEqual([
      { id: ann.id, active: true },
    ]);
  });

  it("makes a revoked user inactive, and lists one the policy did not know as inactive", () => {
    expect(changed(usersAfterEvent([ann], { type: "revoked", userId: ann.id }, groups))).toEqual([
      { ...ann, active: false },
    ]);
    expect(
      changed(usersAfterEvent([ann], { type: "revoked", userId: "@eve:example.org" }, groups)),
    ).toEqual([ann, { id: "@eve:example.org", active: false }]);
  });

  it("changes only the fields an update gives", () => {
    const named = { ...ann, displayName: "Ann", email: "ann@example.org" };
    expect(
      changed(
        usersAfterEvent([named], { type: "updated", userId: ann.id, displayName: "Ann B" }, groups),
      ),
    ).toEqual([{ ...named, displayName: "Ann B" }]);
  });

  it("ignores an update, promotion or demotion of a user the policy does not list", () => {
    for (const type of ["updated", "promoted", "demoted"] as const) {
      const result = usersAfterEvent([ann], { type, userId: "@eve:example.org" }, groups);
      expect(result).toMatchObject({
        kind: "ignored",
        reason: expect.stringContaining("not in the policy"),
      });
    }
  });
});
