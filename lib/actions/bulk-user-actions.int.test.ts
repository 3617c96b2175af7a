import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deactivateUsers } = await import("./deactivate-users");
const { lockUsers } = await import("./lock-users");
const { createUser } = await import("./create-user");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");

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

  it("starts a job for the selected users, with who asked, and audits the request", async () => {
    const users = [await registerTestUser("bulk-job"), await registerTestUser("bulk-job")];
    const userIds = users.map((user) => user.id);
    const result = await runAction(
      lockUsers.definition,
      { userIds: [...userIds, userIds[0]!] },
      asUser("@an-operator:localhost", "operator"),
    );
    if (!result.ok) throw new Error(result.error);
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: result.data.runId } });
    expect(run).toMatchObject({
      kind: "user_bulk",
      // The same user twice is changed once.
      params: { change: "lock", userIds, requestedByRole: "operator" },
      trigger: "manual",
      requestedBy: "@an-operator:localhost",
    });
    expect(await auditOf("user.bulk_change", "users-bulk")).toContainEqual(
      expect.objectContaining({
        actorId: "@an-operator:localhost",
        input: { userIds },
        outcome: expect.objectContaining({ outcome: "success" }),
      }),
    );
  });

  it("gives a result per user as run items: a missing user, the console's account and the asking admin fail on their own", async () => {
    const real = [await registerTestUser("bulk-gone"), await registerTestUser("bulk-gone")];
    const asker = await registerTestUser("bulk-asker");
    const ghost = `@ghost-${randomBytes(4).toString("hex")}:${serverName}`;
    const { serviceUserId } = await getHomeserverOrThrow();
    const service = serviceUserId ?? "";
    const userIds = [real[0]!.id, ghost, real[1]!.id, service, asker.id];
    const params = { change: "deactivate", userIds, requestedByRole: "admin" } as const;
    const runId = await createTestRun("user_bulk", params, asker.id);
    const summary = await runUserBulkChange(
      checker.client,
      params,
      testRunContext(runId, { requestedBy: asker.id }),
    );
    expect(summary).toMatchObject({ changed: 2, failed: 3 });
    const items = await db.jobRunItem.findMany({ where: { runId }, orderBy: { key: "asc" } });
    expect(Object.fromEntries(items.map((item) => [item.key, item.error]))).toEqual({
      [real[0]!.id]: null,
      [real[1]!.id]: null,
      [ghost]: `There is no user ${ghost} on this homeserver.`,
      [service]: `${service} is the console's own service account: the console never deactivates it.`,
      [asker.id]: "You cannot deactivate yourself here.",
    });
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      total: 5,
      done: 2,
      failed: 3,
    });
    for (const user of real) {
      expect((await checker.client.users.get(user.id)).deactivated).toBe(true);
      expect(await auditOf("user.deactivate", user.id)).toMatchObject([
        {
          actorId: `job:${runId}`,
          input: { userId: user.id, requestedBy: asker.id },
          outcome: { outcome: "success" },
        },
      ]);
    }
    for (const kept of [service, asker.id])
      expect((await checker.client.users.get(kept)).deactivated).toBe(false);
    expect(await auditOf("user.deactivate", ghost)).toMatchObject([
      {
        outcome: {
          outcome: "failure",
          errorMessage: `There is no user ${ghost} on this homeserver.`,
        },
      },
    ]);

    // Resumed, the run does no user twice.
    const again = await runUserBulkChange(checker.client, params, testRunContext(runId));
    expect(again).toMatchObject({ changed: 0, failed: 0, resumedPast: 5 });

    // Locking must not invent the missing user either (Synapse's user PUT would create it).
    const lockParams = {
      change: "lock" as const,
      userIds: [ghost],
      requestedByRole: "operator" as const,
    };
    const lockRun = await createTestRun("user_bulk", lockParams);
    await runUserBulkChange(checker.client, lockParams, testRunContext(lockRun));
    expect(await db.jobRunItem.findFirst({ where: { runId: lockRun } })).toMatchObject({
      key: ghost,
      ok: false,
    });
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
