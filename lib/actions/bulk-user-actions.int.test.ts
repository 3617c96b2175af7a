import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deactivateUsers } = await import("./deactivate-users");
const { lockUsers } = await import("./lock-users");
const { createUser } = await import("./create-user");
const { db } = await import("@/lib/db");

// Reads Synapse as an admin of its own, independent of the console.
const checker = await registerTestUser("bulk-checker", true);
const serverName = checker.id.slice(checker.id.indexOf(":") + 1);

const asUser = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});
const auditOf = (action: string, targetId: string) =>
  db.auditEntry.findMany({ where: { action, targetId }, include: { outcome: true } });

describe("bulk user actions, against the real Synapse", () => {
  it("refuses bulk deactivation to an operator: everyone stays active, nothing is audited", async () => {
    const users = [await registerTestUser("bulk-keep"), await registerTestUser("bulk-keep")];
    const result = await runAction(
      deactivateUsers.definition,
      { userIds: users.map((user) => user.id) },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    for (const user of users) {
      expect((await checker.client.users.get(user.id)).deactivated).toBe(false);
      expect(await auditOf("user.deactivate", user.id)).toEqual([]);
    }
  });

  it("gives a result per user: a missing user fails on its own, the others are deactivated", async () => {
    const real = [await registerTestUser("bulk-gone"), await registerTestUser("bulk-gone")];
    const ghost = `@ghost-${randomBytes(4).toString("hex")}:${serverName}`;
    const userIds = [real[0]!.id, ghost, real[1]!.id];
    const result = await runAction(
      deactivateUsers.definition,
      { userIds },
      asUser("@the-admin:localhost", "admin"),
    );
    expect(result).toEqual({
      ok: true,
      data: [
        { userId: real[0]!.id, ok: true },
        { userId: ghost, ok: false, error: `There is no user ${ghost} on this homeserver.` },
        { userId: real[1]!.id, ok: true },
      ],
    });
    for (const user of real) {
      expect((await checker.client.users.get(user.id)).deactivated).toBe(true);
      expect(await auditOf("user.deactivate", user.id)).toMatchObject([
        { actorId: "@the-admin:localhost", outcome: { outcome: "success" } },
      ]);
    }
    expect(await auditOf("user.deactivate", ghost)).toMatchObject([
      {
        outcome: {
          outcome: "failure",
          errorMessage: `There is no user ${ghost} on this homeserver.`,
        },
      },
    ]);
    // Locking must not invent the missing user either (Synapse's user PUT would create it).
    const locked = await runAction(
      lockUsers.definition,
      { userIds: [ghost] },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(locked).toMatchObject({ ok: true, data: [{ userId: ghost, ok: false }] });
    await expect(checker.client.users.get(ghost)).rejects.toThrow();
  });

  it("refuses more than a page of users before anything happens", async () => {
    const userIds = Array.from({ length: 101 }, (_, i) => `@many-${i}:${serverName}`);
    const result = await runAction(
      lockUsers.definition,
      { userIds },
      asUser("@op:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { userIds: ["select at most 100 users at a time"] },
    });
  });

  it("lets only console admins create server admins", async () => {
    const localpart = `bulk-admin-${randomBytes(4).toString("hex")}`;
    const input = {
      localpart,
      displayName: "",
      password: "",
      admin: true,
      userType: "normal",
    } as const;
    const refused = await runAction(
      createUser.definition,
      input,
      asUser("@op:localhost", "operator"),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: "Only console admins may create server admins; you are operator.",
    });
    const userId = `@${localpart}:${serverName}`;
    await expect(checker.client.users.get(userId)).rejects.toThrow();

    const created = await runAction(
      createUser.definition,
      input,
      asUser("@boss:localhost", "admin"),
    );
    expect(created).toMatchObject({ ok: true, data: { userId } });
    expect((await checker.client.users.get(userId)).admin).toBe(true);
  });
});
