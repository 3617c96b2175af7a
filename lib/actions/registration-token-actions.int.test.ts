import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createRegistrationToken } = await import("./create-registration-token");
const { updateRegistrationToken } = await import("./update-registration-token");
const { deleteRegistrationToken } = await import("./delete-registration-token");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("rt-checker", true);
const HOUR = 3_600_000;

/** A role of our own per test, so each test finds its own audit entries. */
const asUser = (role: "viewer" | "operator" | "admin") => {
  const matrixId = `@rt-${role}-${randomBytes(4).toString("hex")}:localhost`;
  return { matrixId, load: async () => ({ matrixId, role }) };
};
const entriesOf = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

describe("registration token actions against the real Synapse", () => {
  it("creates, changes and deletes a token for an admin, auditing each change from → to", async () => {
    const admin = asUser("admin");
    const token = `rt-${randomBytes(6).toString("hex")}`;
    const expiresAt = Date.now() + HOUR;
    const created = await runAction(
      createRegistrationToken.definition,
      { token, usesAllowed: 1, expiresAt },
      admin.load,
    );
    expect(created).toMatchObject({ ok: true, data: { token, uses_allowed: 1 } });

    const updated = await runAction(
      updateRegistrationToken.definition,
      { token, usesAllowed: 5, expiresAt },
      admin.load,
    );
    expect(updated).toMatchObject({ ok: true, data: { uses_allowed: 5, expiry_time: expiresAt } });
    expect(await checker.client.registrationTokens.get(token)).toMatchObject({ uses_allowed: 5 });

    expect(
      await runAction(deleteRegistrationToken.definition, { token }, admin.load),
    ).toMatchObject({ ok: true });
    expect(
      (await checker.client.registrationTokens.list()).map((listed) => listed.token),
    ).not.toContain(token);

    const entries = await entriesOf(admin.matrixId);
    expect(entries).toMatchObject([
      {
        action: "registration_token.create",
        targetType: "homeserver",
        // The token lets its holder register: the audit log, open to every role, redacts it.
        input: { token: "[redacted]", usesAllowed: 1, expiresAt },
        outcome: {
          outcome: "success",
          changes: [
            { field: "usesAllowed", from: null, to: 1 },
            { field: "expiresAt", from: null, to: expiresAt },
          ],
        },
      },
      {
        action: "registration_token.update",
        outcome: { outcome: "success", changes: [{ field: "usesAllowed", from: 1, to: 5 }] },
      },
      {
        action: "registration_token.delete",
        outcome: {
          outcome: "success",
          changes: [
            { field: "usesAllowed", from: 5, to: null },
            { field: "expiresAt", from: expiresAt, to: null },
          ],
        },
      },
    ]);
    expect(
      JSON.stringify(entries, (_, value: unknown) => (typeof value === "bigint" ? 0 : value)),
    ).not.toContain(token);
  });

  it("changes the uses of an expired token and leaves its expiry alone", async () => {
    const admin = asUser("admin");
    const token = `rt-${randomBytes(6).toString("hex")}`;
    const expiry = Date.now() + 300;
    await checker.client.registrationTokens.create({ token, uses_allowed: 1, expiry_time: expiry });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiry - Date.now() + 100)));
    const result = await runAction(
      updateRegistrationToken.definition,
      { token, usesAllowed: 4 },
      admin.load,
    );
    expect(result).toMatchObject({ ok: true, data: { uses_allowed: 4, expiry_time: expiry } });
    expect(await entriesOf(admin.matrixId)).toMatchObject([
      { outcome: { changes: [{ field: "usesAllowed", from: 1, to: 4 }] } },
    ]);
    await checker.client.registrationTokens.delete(token);
  });

  it("generates a token of the asked length", async () => {
    const admin = asUser("admin");
    const result = await runAction(
      createRegistrationToken.definition,
      { length: 12, usesAllowed: null, expiresAt: null },
      admin.load,
    );
    expect(result.ok).toBe(true);
    const token = result.ok ? result.data.token : "";
    expect(token).toMatch(/^[A-Za-z0-9._~-]{12}$/);
    await checker.client.registrationTokens.delete(token);
  });

  it("says a taken token is taken, and records the failure", async () => {
    const admin = asUser("admin");
    const token = `rt-${randomBytes(6).toString("hex")}`;
    await checker.client.registrationTokens.create({ token });
    const result = await runAction(
      createRegistrationToken.definition,
      { token, usesAllowed: null, expiresAt: null },
      admin.load,
    );
    expect(result).toMatchObject({
      ok: false,
      error: `The token ${token} is taken: pick another or generate one.`,
    });
    expect(await entriesOf(admin.matrixId)).toMatchObject([
      { action: "registration_token.create", outcome: { outcome: "failure" } },
    ]);
    await checker.client.registrationTokens.delete(token);
  });

  it("passes on Synapse's refusal of an expiry in the past", async () => {
    const admin = asUser("admin");
    const result = await runAction(
      createRegistrationToken.definition,
      { usesAllowed: null, expiresAt: Date.now() - HOUR },
      admin.load,
    );
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Synapse refused the token: /),
    });
  });

  it("says a token that is gone is gone", async () => {
    const admin = asUser("admin");
    const result = await runAction(
      updateRegistrationToken.definition,
      { token: `rt-missing-${randomBytes(4).toString("hex")}`, usesAllowed: 1, expiresAt: null },
      admin.load,
    );
    expect(result).toMatchObject({
      ok: false,
      error: "There is no such registration token; it may be deleted already.",
    });
  });

  it("refuses an operator: nothing is created and nothing audited", async () => {
    const operator = asUser("operator");
    const token = `rt-${randomBytes(6).toString("hex")}`;
    const result = await runAction(
      createRegistrationToken.definition,
      { token, usesAllowed: null, expiresAt: null },
      operator.load,
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    const gone = await checker.client.registrationTokens.get(token).catch(() => null);
    expect(gone).toBeNull();
    expect(await entriesOf(operator.matrixId)).toEqual([]);
  });
});
