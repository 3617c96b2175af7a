// The redaction, login-as and account validity actions on the real Synapse: what Synapse did
// (read back through the admin API), the audit entries, and the refusals.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendTextMessage } from "@/lib/synapse/client-messages";
import { messagesOf } from "@/lib/synapse/testing/room-events";
import { prepareTestAppEnv, registerTestUser, synapseHttp } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { redactUserEvents } = await import("./redact-user-events");
const { getUserRedactionStatus } = await import("./get-user-redaction-status");
const { deactivateUser } = await import("./deactivate-user");
const { loginAsUser } = await import("./login-as-user");
const { renewAccountValidity } = await import("./renew-account-validity");
const { isKnownWithoutAccountValidity } = await import("@/lib/operations/renew-account-validity");
const { getServiceSynapse } = await import("@/lib/homeserver/service-synapse");
const { ACCOUNT_VALIDITY_OFF } = await import("@/lib/schemas/account-validity");
const { db } = await import("@/lib/db");

const http = synapseHttp();
const checker = await registerTestUser("support-checker", true);
const tag = () => randomBytes(4).toString("hex");

/** A console person of our own per test, so each test finds its own audit entries. */
const asUser = (role: "viewer" | "operator" | "admin") => {
  const matrixId = `@support-${role}-${tag()}:localhost`;
  return { matrixId, load: async () => ({ matrixId, role }) };
};
const entriesOf = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

async function roomWith(userId: string) {
  const { roomId } = await checker.client.rooms.create({ preset: "public_chat", name: "support" });
  await checker.client.users.joinRoom(roomId, userId);
  return roomId;
}

const send = (token: string, roomId: string, body: string) =>
  sendTextMessage(http, token, { roomId, body, txnId: `t-${tag()}` });

/** Polls through the status action, as the page does, until the redaction has finished. */
async function followRedaction(
  redactId: string,
  load: () => Promise<{ matrixId: string; role: "viewer" }>,
) {
  for (let tries = 0; tries < 100; tries++) {
    const result = await runAction(getUserRedactionStatus.definition, { redactId }, load);
    if (!result.ok) throw new Error(result.error);
    if (result.data.status === "complete" || result.data.status === "failed") return result.data;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`redaction ${redactId} did not finish`);
}

const viewer = asUser("viewer") as {
  matrixId: string;
  load: () => Promise<{ matrixId: string; role: "viewer" }>;
};

describe("redact a user's events", () => {
  it("redacts in the chosen room for an admin, follows it to completion, and audits rooms and reason", async () => {
    const admin = asUser("admin");
    const user = await registerTestUser("support-redact");
    const [chosen, other] = [await roomWith(user.id), await roomWith(user.id)];
    await send(user.token, chosen, "unwanted");
    await send(user.token, other, "fine");

    const reason = "spam reported in ticket 42";
    const started = await runAction(
      redactUserEvents.definition,
      { userId: user.id, rooms: [chosen], reason },
      admin.load,
    );
    if (!started.ok) throw new Error(started.error);
    expect(await followRedaction(started.data.redactId, viewer.load)).toEqual({
      status: "complete",
      error: null,
      failedRedactions: [],
    });
    expect(await messagesOf(http, checker.token, chosen, user.id)).toMatchObject([
      { body: null, redactedBy: user.id },
    ]);
    expect(await messagesOf(http, checker.token, other, user.id)).toMatchObject([{ body: "fine" }]);
    // The user page reads the same progress from the task list, without asking redact_status.
    const { findUserRedactions } = await import("@/lib/operations/redact-user-events");
    expect(await findUserRedactions(await getServiceSynapse(), user.id)).toEqual([
      {
        redactId: started.data.redactId,
        updatedAt: expect.any(Number),
        progress: { status: "complete", error: null, failedRedactions: [] },
      },
    ]);

    expect(await entriesOf(admin.matrixId)).toMatchObject([
      {
        action: "user.redact_events",
        targetType: "user",
        targetId: user.id,
        input: { userId: user.id, rooms: [chosen], reason },
        outcome: {
          outcome: "success",
          result: { redactId: started.data.redactId, rooms: [chosen] },
        },
      },
    ]);
  });

  it("is refused to operators before anything happens, and says when the user does not exist", async () => {
    const operator = asUser("operator");
    const user = await registerTestUser("support-redact-op");
    const refused = await runAction(
      redactUserEvents.definition,
      { userId: user.id, rooms: [], reason: "operators may not" },
      operator.load,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect(await entriesOf(operator.matrixId)).toEqual([]);

    const admin = asUser("admin");
    const missing = `@nobody-${tag()}:localhost`;
    expect(
      await runAction(
        redactUserEvents.definition,
        { userId: missing, rooms: [], reason: "nobody is there" },
        admin.load,
      ),
    ).toMatchObject({ ok: false, error: `There is no user ${missing} on this homeserver.` });
  });

  it("redacts after deactivation in the rooms they were in, in the same audit entry", async () => {
    const admin = asUser("admin");
    const user = await registerTestUser("support-deactivate");
    const rooms = [await roomWith(user.id), await roomWith(user.id)];
    for (const roomId of rooms) await send(user.token, roomId, "before leaving");

    const result = await runAction(
      deactivateUser.definition,
      { userId: user.id, erase: false, redact: true, redactReason: "deactivated for spam" },
      admin.load,
    );
    if (!result.ok) throw new Error(result.error);
    expect((await checker.client.users.get(user.id)).deactivated).toBe(true);
    expect([...(result.data.redaction?.rooms ?? [])].sort()).toEqual([...rooms].sort());
    const redactId = result.data.redaction?.redactId;
    if (!redactId) throw new Error("no redaction started");
    expect((await followRedaction(redactId, viewer.load)).failedRedactions).toEqual([]);
    for (const roomId of rooms)
      expect(await messagesOf(http, checker.token, roomId, user.id)).toMatchObject([
        { body: null, redactedBy: user.id },
      ]);

    expect(await entriesOf(admin.matrixId)).toMatchObject([
      {
        action: "user.deactivate",
        input: { userId: user.id, redact: true, redactReason: "deactivated for spam" },
        outcome: {
          outcome: "success",
          result: { redaction: { redactId } },
          changes: [{ field: "active", from: true, to: false }],
        },
      },
    ]);
  });

  it("refuses deactivation with redaction but no reason, before anything happens", async () => {
    const admin = asUser("admin");
    const user = await registerTestUser("support-deactivate-noreason");
    const refused = await runAction(
      deactivateUser.definition,
      { userId: user.id, erase: false, redact: true },
      admin.load,
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { redactReason: [expect.any(String)] },
    });
    expect((await checker.client.users.get(user.id)).deactivated).toBe(false);
  });
});

describe("log in as a user", () => {
  it("issues a token that acts as them, audited with reason, lifetime and expiry but never the token", async () => {
    const admin = asUser("admin");
    const user = await registerTestUser("support-login");
    const reason = "ticket 7: cannot see their rooms";
    const before = Date.now();
    const result = await runAction(
      loginAsUser.definition,
      { userId: user.id, reason, lifetimeMinutes: 15 },
      admin.load,
    );
    if (!result.ok) throw new Error(result.error);
    const { accessToken, expiresAt } = result.data;
    expect((await checker.client.session.whoAmI(accessToken)).user_id).toBe(user.id);
    const expiry = Date.parse(expiresAt);
    expect(expiry).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(expiry).toBeLessThanOrEqual(Date.now() + 15 * 60_000);

    const entries = await entriesOf(admin.matrixId);
    expect(entries).toMatchObject([
      {
        action: "user.login_as",
        targetId: user.id,
        input: { userId: user.id, reason, lifetimeMinutes: 15 },
        outcome: { outcome: "success", result: { expiresAt, accessToken: "[redacted]" } },
      },
    ]);
    const stored = JSON.stringify(entries, (_key, value: unknown) =>
      typeof value === "bigint" ? String(value) : value,
    );
    expect(stored).not.toContain(accessToken);
    await checker.client.session.logout(accessToken);
  });

  it("refuses Synapse server admins, the service account, lifetimes off the list and operators", async () => {
    const admin = asUser("admin");
    const otherAdmin = await registerTestUser("support-login-admin", true);
    const reason = "support ticket for an admin";
    expect(
      await runAction(
        loginAsUser.definition,
        { userId: otherAdmin.id, reason, lifetimeMinutes: 60 },
        admin.load,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/is a Synapse server admin/) });
    // Refused inside its audit entry: an attempt to act as an admin is on record.
    expect(await entriesOf(admin.matrixId)).toMatchObject([
      { action: "user.login_as", outcome: { outcome: "failure" } },
    ]);

    const serviceId = (await getServiceSynapse().then((s) => s.session.whoAmI())).user_id;
    expect(
      await runAction(
        loginAsUser.definition,
        { userId: serviceId, reason, lifetimeMinutes: 60 },
        admin.load,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/the console never logs in as it/) });

    const plain = await registerTestUser("support-login-plain");
    expect(
      await runAction(
        loginAsUser.definition,
        { userId: plain.id, reason, lifetimeMinutes: 7 as 15 },
        admin.load,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { lifetimeMinutes: [expect.any(String)] } });
    expect(
      await runAction(
        loginAsUser.definition,
        { userId: plain.id, reason: "short", lifetimeMinutes: 60 },
        admin.load,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    const operator = asUser("operator");
    expect(
      await runAction(
        loginAsUser.definition,
        { userId: plain.id, reason, lifetimeMinutes: 60 },
        operator.load,
      ),
    ).toMatchObject({ ok: false, error: "This needs the admin role; you are operator." });
  });
});

describe("account validity", () => {
  it("says the test Synapse does not use it, audits the attempt, and remembers for the page", async () => {
    const operator = asUser("operator");
    const user = await registerTestUser("support-validity");
    const result = await runAction(
      renewAccountValidity.definition,
      { userId: user.id, expiresAtMs: Date.now() + 86_400_000, renewalEmails: false },
      operator.load,
    );
    expect(result).toMatchObject({ ok: false, error: ACCOUNT_VALIDITY_OFF });
    expect(await entriesOf(operator.matrixId)).toMatchObject([
      {
        action: "user.renew_validity",
        outcome: { outcome: "failure", errorMessage: ACCOUNT_VALIDITY_OFF },
      },
    ]);
    expect(isKnownWithoutAccountValidity((await getServiceSynapse()).baseUrl)).toBe(true);
  });
});
