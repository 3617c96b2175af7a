import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import type { CurrentUser } from "@/lib/policy/state";
import { planPolicy } from "./plan-policy";

const ann = "@ann:example.org";
const policy: PolicyDocument = {
  schemaVersion: 2,
  users: [{ id: ann, active: true, email: "Ann@Example.org" }],
};
const current = (emails?: string[]): CurrentUser => ({
  id: ann,
  active: true,
  joinedRooms: [],
  ...(emails ? { emails } : {}),
});

describe("the policy's email (a console addition)", () => {
  it("is given, in lower case, to a new account when it is created", () => {
    expect(planPolicy({ users: [] }, policy).actions).toEqual([
      { type: "user.create", payload: { userId: ann, authType: "none", email: "ann@example.org" } },
    ]);
  });

  it("is set, in lower case, on an existing account whose emails were read and lack it", () => {
    expect(planPolicy({ users: [current(["old@example.org"])] }, policy).actions).toEqual([
      { type: "user.set_email", payload: { userId: ann, email: "ann@example.org" } },
    ]);
    expect(planPolicy({ users: [current(["ann@example.org"])] }, policy).actions).toEqual([]);
  });

  it("is not planned when the emails were not read (a whole plan reads no user one by one)", () => {
    expect(planPolicy({ users: [current()] }, policy).actions).toEqual([]);
  });
});
