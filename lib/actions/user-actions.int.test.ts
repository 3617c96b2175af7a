import { describe, expect, it } from "vitest";
import { createSynapseClient } from "@/lib/synapse";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { deactivateUser } = await import("./deactivate-user");
const { resetPassword } = await import("./reset-password");
const { setUserLocked } = await import("./set-user-locked");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("user-actions-checker", true);
const asUser = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});
const loginAs = (user: string, password: string) =>
  createSynapseClient({
    baseUrl: requireEnv("SYNAPSE_URL"),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user, password });
const auditFor = (targetId: string) =>
  db.auditEntry.findMany({ where: { targetId }, include: { outcome: true } });

describe("user actions against the real Synapse", () => {
  it("refuses an operator who tries to deactivate: the user stays active, nothing audited", async () => {
    const target = await registerTestUser("ua-deactivate-refused");
    const result = await runAction(
      deactivateUser.definition,
      { userId: target.id, erase: false },
      asUser("@an-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect((await checker.client.users.get(target.id)).deactivated).toBe(false);
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it("lets an admin deactivate, counting the devices logged out", async () => {
    const target = await registerTestUser("ua-deactivate");
    const result = await runAction(
      deactivateUser.definition,
      { userId: target.id, erase: true },
      asUser("@the-admin:localhost", "admin"),
    );
    // Shared-secret registration made one device.
    expect(result).toEqual({
      ok: true,
      data: {
        userId: target.id,
        erased: true,
        devicesLoggedOut: 1,
        consoleSessionsEnded: 0,
        // They hold no console role, so no API tokens of theirs to refuse.
        apiTokensRefused: false,
        // No redaction was asked for with this deactivation.
        redaction: null,
      },
    });
    const after = await checker.client.users.get(target.id);
    expect(after).toMatchObject({ deactivated: true, erased: true });
  });

  it("resets to a generated password that works, and the audit row does not hold it", async () => {
    const target = await registerTestUser("ua-reset");
    const result = await runAction(
      resetPassword.definition,
      { userId: target.id, password: "", logoutDevices: true },
      asUser("@the-operator:localhost", "operator"),
    );
    if (!result.ok) throw new Error(result.error);
    const generated = result.data.generatedPassword ?? "";
    expect(generated).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const login = await loginAs(target.id, generated);
    expect(login.user_id).toBe(target.id);
    await expect(loginAs(target.id, target.password)).rejects.toThrow();

    const entries = await auditFor(target.id);
    expect(entries).toMatchObject([
      {
        action: "user.reset_password",
        actorId: "@the-operator:localhost",
        input: { userId: target.id, password: "[redacted]", logoutDevices: true },
        outcome: { outcome: "success" },
      },
    ]);
    expect(
      JSON.stringify(entries, (_, v: unknown) => (typeof v === "bigint" ? 0 : v)),
    ).not.toContain(generated);
  });

  it("does not create a missing user when asked to lock them", async () => {
    const ghost = `@ghost-${Date.now().toString(36)}:localhost`;
    const result = await runAction(
      setUserLocked.definition,
      { userId: ghost, enabled: true },
      asUser("@the-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: `There is no user ${ghost} on this homeserver.`,
    });
    await expect(checker.client.users.get(ghost)).rejects.toMatchObject({ kind: "not_found" });
  });
});
