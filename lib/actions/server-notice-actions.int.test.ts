import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findNoticesOf } from "@/lib/synapse/testing/server-notice-room";
import { prepareTestAppEnv, registerTestUser, synapseHttp } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { sendServerNotice } = await import("./send-server-notice");
const { sendServerNotices } = await import("./send-server-notices");
const { db } = await import("@/lib/db");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");

// Reads Synapse as an admin of its own, independent of the console.
const checker = await registerTestUser("notice-checker", true);
const serverName = checker.id.slice(checker.id.indexOf(":") + 1);

const asUser = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});
const auditOf = (action: string, targetId: string) =>
  db.auditEntry.findMany({ where: { action, targetId }, include: { outcome: true } });
const noticesOf = async (userId: string) =>
  (await findNoticesOf(synapseHttp(), checker.token, userId)).map((notice) => notice.body);
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const EVERYONE = {
  admins: false,
  guests: false,
  hideLocked: false,
  type: "all",
  deactivated: "active",
} as const;

describe("sending a server notice to one user", () => {
  it("lets an operator send it: it arrives in the user's notices room, and is audited with its text", async () => {
    const user = await registerTestUser("notice-one");
    const body = `Your account moves to the new server tonight (${unique("n")}).`;
    const result = await runAction(
      sendServerNotice.definition,
      { userId: user.id, body: `  ${body}\n` },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({ ok: true, data: { eventId: expect.stringMatching(/^\$/) } });
    expect(await noticesOf(user.id)).toEqual([body]);
    expect(await auditOf("user.send_server_notice", user.id)).toMatchObject([
      {
        actorId: "@an-operator:localhost",
        targetType: "user",
        input: { userId: user.id, body },
        outcome: { outcome: "success" },
      },
    ]);
  });

  it("refuses a viewer before anything is sent or audited", async () => {
    const user = await registerTestUser("notice-viewer");
    const result = await runAction(
      sendServerNotice.definition,
      { userId: user.id, body: "Hello" },
      asUser("@a-viewer:localhost", "viewer"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the operator role; you are viewer.",
    });
    expect(await noticesOf(user.id)).toEqual([]);
    expect(await auditOf("user.send_server_notice", user.id)).toEqual([]);
  });

  it("says so when the user does not exist, and records the failure", async () => {
    const ghost = `@${unique("ghost")}:${serverName}`;
    const result = await runAction(
      sendServerNotice.definition,
      { userId: ghost, body: "Hello" },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: `There is no user ${ghost} on this homeserver.`,
    });
    expect(await auditOf("user.send_server_notice", ghost)).toMatchObject([
      {
        outcome: {
          outcome: "failure",
          errorMessage: `There is no user ${ghost} on this homeserver.`,
        },
      },
    ]);
  });
});

describe("sending a server notice to many users, as a user_bulk job", () => {
  it("starts a job for the selected users and audits the request", async () => {
    const users = [await registerTestUser("notice-req"), await registerTestUser("notice-req")];
    const userIds = users.map((user) => user.id);
    const result = await runAction(
      sendServerNotices.definition,
      { recipients: { userIds }, body: "Planned downtime" },
      asUser("@an-operator:localhost", "operator"),
    );
    if (!result.ok) throw new Error(result.error);
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: result.data.runId } })).toMatchObject({
      kind: "user_bulk",
      params: {
        change: "server_notice",
        recipients: { userIds },
        body: "Planned downtime",
        requestedByRole: "operator",
      },
      requestedBy: "@an-operator:localhost",
    });
    expect(await auditOf("user.bulk_server_notice", "users-bulk")).toContainEqual(
      expect.objectContaining({
        actorId: "@an-operator:localhost",
        input: { recipients: { userIds }, body: "Planned downtime" },
        outcome: expect.objectContaining({ outcome: "success" }),
      }),
    );
  });

  it("refuses filters that do not fit instead of widening them to everyone", async () => {
    const result = await runAction(
      sendServerNotices.definition,
      {
        recipients: { matching: { ...EVERYONE, deactivated: "sometimes" as "all" } },
        body: "Hello",
      },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({ ok: false });
    expect(await auditOf("user.bulk_server_notice", "users-bulk")).not.toContainEqual(
      expect.objectContaining({ input: expect.objectContaining({ body: "Hello" }) }),
    );
  });

  it("sends each selected user the notice, one item and one audit entry each; a missing user fails alone", async () => {
    const real = [await registerTestUser("notice-sel"), await registerTestUser("notice-sel")];
    const ghost = `@${unique("ghost")}:${serverName}`;
    const body = `Selected ${unique("b")}`;
    const params = {
      change: "server_notice" as const,
      recipients: { userIds: [real[0]!.id, ghost, real[1]!.id] },
      body,
      requestedByRole: "operator" as const,
    };
    const runId = await createTestRun("user_bulk", params, "@an-operator:localhost");
    const summary = await runUserBulkChange(
      checker.client,
      params,
      testRunContext(runId, { requestedBy: "@an-operator:localhost" }),
    );
    expect(summary).toMatchObject({ changed: 2, failed: 1 });
    const items = await db.jobRunItem.findMany({ where: { runId } });
    expect(Object.fromEntries(items.map((item) => [item.key, item.error]))).toEqual({
      [real[0]!.id]: null,
      [real[1]!.id]: null,
      [ghost]: `There is no user ${ghost} on this homeserver.`,
    });
    for (const user of real) {
      expect(await noticesOf(user.id)).toEqual([body]);
      expect(await auditOf("user.send_server_notice", user.id)).toMatchObject([
        {
          actorId: `job:${runId}`,
          input: { userId: user.id, body, requestedBy: "@an-operator:localhost" },
          outcome: { outcome: "success" },
        },
      ]);
    }
  });

  it("pages through every user matching the filters itself, and a resumed run sends nobody a second notice", async () => {
    // Three users only this test's search matches; more than one page is tested by the unit test of the paging.
    const prefix = unique("notice-all");
    const users = [
      await registerTestUser(prefix),
      await registerTestUser(prefix),
      await registerTestUser(prefix),
    ];
    const body = `Everyone ${unique("b")}`;
    const params = {
      change: "server_notice",
      recipients: { matching: { ...EVERYONE, q: prefix } },
      body,
      requestedByRole: "operator",
    } as const;
    const runId = await createTestRun("user_bulk", params);
    const summary = await runUserBulkChange(checker.client, params, testRunContext(runId));
    expect(summary).toMatchObject({ changed: 3, failed: 0 });
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      total: 3,
      done: 3,
      failed: 0,
    });
    const keys = (await db.jobRunItem.findMany({ where: { runId } })).map((item) => item.key);
    expect(keys.sort()).toEqual(users.map((user) => user.id).sort());
    for (const user of users) expect(await noticesOf(user.id)).toEqual([body]);

    const again = await runUserBulkChange(checker.client, params, testRunContext(runId));
    expect(again).toMatchObject({ changed: 0, failed: 0, resumedPast: 3 });
    for (const user of users) expect(await noticesOf(user.id)).toEqual([body]);
  });
});
