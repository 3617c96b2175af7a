// Synapse's user redaction, login-as-user and account validity APIs, as the test Synapse (1.160)
// answers them: what the console's operations rely on and what the README says of them.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { registerTestUser, synapseHttp } from "@/lib/testing/integration-env";
import { sendTextMessage } from "./client-messages";
import { isSynapseError } from "./errors";
import { messagesOf } from "./testing/room-events";
import type { SynapseRedactStatus } from "./user-redaction";

const http = synapseHttp();
const admin = await registerTestUser("support-admin", true);
const tag = () => randomBytes(4).toString("hex");

/** A public room made by the admin with `user` joined to it. */
async function roomWith(userId: string) {
  const { roomId } = await admin.client.rooms.create({ preset: "public_chat", name: "support" });
  await admin.client.users.joinRoom(roomId, userId);
  return roomId;
}

async function send(token: string, roomId: string, body: string) {
  return sendTextMessage(http, token, { roomId, body, txnId: `t-${tag()}` });
}

/** Polls the redaction until Synapse says it is complete or failed. */
async function finished(redactId: string): Promise<SynapseRedactStatus> {
  for (let tries = 0; tries < 100; tries++) {
    const status = await admin.client.users.redactStatus(redactId);
    if (status.status === "complete" || status.status === "failed") return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`redaction ${redactId} did not finish in 20 s`);
}

describe("redacting a user's events", () => {
  it("redacts their messages in the chosen room only, and reports completion", async () => {
    const user = await registerTestUser("support-redact");
    const [first, second] = [await roomWith(user.id), await roomWith(user.id)];
    await send(user.token, first, "spam one");
    await send(user.token, first, "spam two");
    await send(user.token, second, "kept");

    const redactId = await admin.client.users.redactEvents(user.id, {
      rooms: [first],
      reason: "spam cleanup",
    });
    expect(await finished(redactId)).toEqual({ status: "complete", failed_redactions: {} });

    const inFirst = await messagesOf(http, admin.token, first, user.id);
    expect(inFirst).toHaveLength(2);
    // Redacted events keep their place with empty content; Synapse sends the redaction as the user.
    expect(inFirst.map((message) => [message.body, message.redactedBy])).toEqual([
      [null, user.id],
      [null, user.id],
    ]);
    expect(await messagesOf(http, admin.token, second, user.id)).toMatchObject([
      { body: "kept", redactedBy: null },
    ]);
  });

  it("reads an empty room list as every room the user is in", async () => {
    const user = await registerTestUser("support-redact-all");
    const rooms = [await roomWith(user.id), await roomWith(user.id)];
    for (const roomId of rooms) await send(user.token, roomId, "goes");
    const redactId = await admin.client.users.redactEvents(user.id, { rooms: [] });
    expect((await finished(redactId)).status).toBe("complete");
    for (const roomId of rooms)
      expect(await messagesOf(http, admin.token, roomId, user.id)).toMatchObject([
        { body: null, redactedBy: user.id },
      ]);
  });

  it("answers 404 for a redact ID it does not know", async () => {
    const error = await admin.client.users.redactStatus(`nope-${tag()}`).catch((e: unknown) => e);
    expect(isSynapseError(error, "not_found")).toBe(true);
  });
});

describe("logging in as a user", () => {
  it("gives a token whoami accepts until valid_until_ms, and refused after", async () => {
    const user = await registerTestUser("support-login-as");
    const validUntilMs = Date.now() + 3_000;
    const { access_token: token } = await admin.client.users.loginAs(user.id, { validUntilMs });
    const whoami = await admin.client.session.whoAmI(token);
    expect(whoami.user_id).toBe(user.id);
    // No device: the README's token section relies on this.
    expect(whoami.device_id ?? null).toBeNull();

    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, validUntilMs - Date.now()) + 500),
    );
    const refused = await admin.client.session.whoAmI(token).catch((e: unknown) => e);
    expect(isSynapseError(refused, "unauthorized")).toBe(true);
    expect((refused as { errcode?: string }).errcode).toBe("M_UNKNOWN_TOKEN");
  });

  it("is not refused by Synapse for another server admin, only for the caller itself", async () => {
    const otherAdmin = await registerTestUser("support-other-admin", true);
    const { access_token: token } = await admin.client.users.loginAs(otherAdmin.id, {
      validUntilMs: Date.now() + 60_000,
    });
    expect((await admin.client.session.whoAmI(token)).user_id).toBe(otherAdmin.id);
    // So the console refuses admins itself (lib/operations/login-as-user.ts).

    const self = await admin.client.users.loginAs(admin.id).catch((e: unknown) => e);
    expect(isSynapseError(self, "bad_request")).toBe(true);
    expect((self as { synapseMessage?: string }).synapseMessage).toBe(
      "Cannot use admin API to login as self",
    );
  });
});

describe("account validity on a server without it (the test Synapse)", () => {
  it("fails a renewal by the period with a bare 500, and stores a given expiry without a word", async () => {
    const user = await registerTestUser("support-validity");
    const byPeriod = await admin.client.users
      .renewValidity({ userId: user.id, renewalEmails: true })
      .catch((e: unknown) => e);
    expect(isSynapseError(byPeriod, "server")).toBe(true);
    expect(byPeriod).toMatchObject({ status: 500, errcode: "M_UNKNOWN" });

    const at = Date.now() - 60_000;
    expect(
      await admin.client.users.renewValidity({
        userId: user.id,
        expiresAtMs: at,
        renewalEmails: false,
      }),
    ).toBe(at);
    // An expiry in the past changes nothing here: the account still works.
    expect((await admin.client.session.whoAmI(user.token)).user_id).toBe(user.id);
  });
});
