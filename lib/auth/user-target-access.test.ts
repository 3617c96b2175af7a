import { describe, expect, it } from "vitest";
import { userTargetRefusal, type TargetFacts } from "./user-target-access";

const facts = (userId: string, more: Partial<TargetFacts> = {}): TargetFacts => ({
  userId,
  isServiceAccount: false,
  isSynapseAdmin: false,
  consoleRole: null,
  ...more,
});
const operator = { id: "@op:x", role: "operator" as const };
const admin = { id: "@boss:x", role: "admin" as const };
const bot = facts("@console-bot:x", { isServiceAccount: true, isSynapseAdmin: true });

describe("userTargetRefusal", () => {
  it("spares the service account a lock, a new password and the like, even for admins", () => {
    expect(userTargetRefusal(admin, "set_password", bot)).toBe(
      "@console-bot:x is the console's own service account: the console never gives it a new password.",
    );
    expect(userTargetRefusal(admin, "lock", bot)).toMatch(/never locks it\.$/);
    expect(userTargetRefusal(admin, "change", bot)).toBeNull();
  });

  it("leaves operators plain users only", () => {
    expect(userTargetRefusal(operator, "set_password", facts("@plain:x"))).toBeNull();
    expect(userTargetRefusal(operator, "change", facts("@op:x"))).toMatch(/your own account/);
    expect(userTargetRefusal(operator, "change", bot)).toBe(
      "@console-bot:x is the console's own service account: changing it needs the admin role; you are operator.",
    );
    expect(userTargetRefusal(operator, "change", facts("@root:x", { isSynapseAdmin: true }))).toBe(
      "@root:x is a Synapse server admin: changing them needs the admin role; you are operator.",
    );
    for (const role of ["operator", "admin"] as const)
      expect(userTargetRefusal(operator, "change", facts("@peer:x", { consoleRole: role }))).toBe(
        `@peer:x holds the console ${role} role: changing them needs the admin role; you are operator.`,
      );
    expect(
      userTargetRefusal(operator, "change", facts("@reader:x", { consoleRole: "viewer" })),
    ).toBeNull();
  });

  it("lets only admins make a Synapse server admin, of a plain user or of a new account", () => {
    expect(userTargetRefusal(operator, "promote", facts("@plain:x"))).toBe(
      "@plain:x would become a Synapse server admin: making one needs the admin role; you are operator.",
    );
    expect(userTargetRefusal({ id: "@setup:x" }, "promote", facts("@new:x"))).toMatch(
      /you are without a role\.$/,
    );
    expect(userTargetRefusal(admin, "promote", facts("@plain:x"))).toBeNull();
  });

  it("lets admins act on anyone, themselves included, apart from the spared changes", () => {
    expect(userTargetRefusal(admin, "set_password", facts("@boss:x"))).toBeNull();
    expect(
      userTargetRefusal(admin, "deactivate", facts("@root:x", { isSynapseAdmin: true })),
    ).toBeNull();
  });

  it("treats an actor without a role as below every role", () => {
    expect(userTargetRefusal({ id: "@setup:x" }, "change", facts("@plain:x"))).toBeNull();
    expect(
      userTargetRefusal(
        { id: "@setup:x" },
        "change",
        facts("@reader:x", { consoleRole: "viewer" }),
      ),
    ).toMatch(/needs the admin role; you are without a role\.$/);
  });
});
