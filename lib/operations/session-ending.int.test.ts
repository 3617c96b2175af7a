import { describe, expect, it } from "vitest";
import type { SessionEndReason } from "@/lib/data/sessions";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("@/lib/actions/define-action");
const { setUserLocked } = await import("@/lib/actions/set-user-locked");
const { setUserSuspended } = await import("@/lib/actions/set-user-suspended");
const { setServerAdmin } = await import("@/lib/actions/set-server-admin");
const { deactivateUser } = await import("@/lib/actions/deactivate-user");
const { resetPassword } = await import("@/lib/actions/reset-password");
const { revokeRole } = await import("@/lib/actions/revoke-role");
const { grantRole } = await import("@/lib/actions/grant-role");
const { signOutEverywhere } = await import("@/lib/actions/sign-out-everywhere");
const { endUserSessions } = await import("@/lib/actions/end-user-sessions");
const { runUserBulkChange } = await import("./user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");
const { db } = await import("@/lib/db");
const sessions = await import("@/lib/data/sessions");
const grants = await import("@/lib/data/role-grants");
const { userForSession } = await import("@/lib/auth/session-user");

// Reads Synapse as an admin of its own, independent of the console.
const checker = await registerTestUser("ending-checker", true);
const admin = await registerTestUser("ending-admin", true);
const asAdmin = async () => ({ matrixId: admin.id, role: "admin" as const });

/** A Matrix user with a console role and two open console sessions. */
async function operatorWithSessions(prefix: string, options: { synapseAdmin?: boolean } = {}) {
  const user = await registerTestUser(prefix, options.synapseAdmin ?? false);
  if (options.synapseAdmin) await grants.upsertSynapseAdminGrant(user.id);
  else await grants.upsertConsoleGrant(user.id, "operator", admin.id);
  const open = () => sessions.createSession({ matrixId: user.id, maxAgeHours: 8, userAgent: null });
  const secrets = [await open(), await open()];
  for (const secret of secrets) expect(await userForSession(secret)).not.toBeNull();
  return { id: user.id, secrets };
}

async function expectSessionsEnded(
  person: { id: string; secrets: string[] },
  reason: SessionEndReason,
) {
  for (const secret of person.secrets) expect(await userForSession(secret)).toBeNull();
  const rows = await db.consoleSession.findMany({ where: { matrixId: person.id } });
  expect(rows.map((row) => row.endReason)).toEqual(rows.map(() => reason));
}

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("changes that end a person's console sessions", () => {
  it("locking ends them (unlocking does not need to)", async () => {
    const person = await operatorWithSessions("ending-lock");
    const data = ok(
      await runAction(setUserLocked.definition, { userId: person.id, enabled: true }, asAdmin),
    );
    expect(data).toMatchObject({ locked: true, consoleSessionsEnded: 2, apiTokensRefused: true });
    await expectSessionsEnded(person, "user_locked");
    expect((await checker.client.users.get(person.id)).locked).toBe(true);
    // Their API tokens are refused at once, not at the next check 10 minutes on.
    expect((await grants.getRoleGrant(person.id))?.accountBarred).toBe("locked");

    // Unlocked: Settings no longer says locked, and a token's next use asks Synapse before acting
    // (the account may still be barred otherwise).
    ok(await runAction(setUserLocked.definition, { userId: person.id, enabled: false }, asAdmin));
    const grant = await grants.getRoleGrant(person.id);
    expect(grant?.accountBarred).toBeNull();
    expect(grant?.accountCheckedAt.getTime()).toBe(0);
  });

  it("deactivating ends them", async () => {
    const person = await operatorWithSessions("ending-deactivate");
    const data = ok(
      await runAction(deactivateUser.definition, { userId: person.id, erase: false }, asAdmin),
    );
    expect(data).toMatchObject({ consoleSessionsEnded: 2, apiTokensRefused: true });
    await expectSessionsEnded(person, "user_deactivated");
    expect((await grants.getRoleGrant(person.id))?.accountBarred).toBe("deactivated");
  });

  it("suspending ends them", async () => {
    const person = await operatorWithSessions("ending-suspend");
    ok(await runAction(setUserSuspended.definition, { userId: person.id, enabled: true }, asAdmin));
    await expectSessionsEnded(person, "user_suspended");
    expect((await grants.getRoleGrant(person.id))?.accountBarred).toBe("suspended");
  });

  it("resetting the password ends them: a stolen password keeps no console session", async () => {
    const person = await operatorWithSessions("ending-reset");
    const data = ok(
      await runAction(
        resetPassword.definition,
        { userId: person.id, password: "", logoutDevices: false },
        asAdmin,
      ),
    );
    expect(data).toMatchObject({ userId: person.id, consoleSessionsEnded: 2 });
    await expectSessionsEnded(person, "password_reset");
  });

  it("taking server admin away ends them and drops the admin role that came from it", async () => {
    const person = await operatorWithSessions("ending-demote", { synapseAdmin: true });
    const data = ok(
      await runAction(setServerAdmin.definition, { userId: person.id, enabled: false }, asAdmin),
    );
    expect(data).toMatchObject({ admin: false, consoleSessionsEnded: 2 });
    await expectSessionsEnded(person, "server_admin_revoked");
    expect(await grants.getRoleGrant(person.id)).toBeNull();
    expect((await checker.client.users.get(person.id)).admin).toBe(false);
  });

  it("revoking or lowering the console role ends them", async () => {
    const revoked = await operatorWithSessions("ending-revoke");
    ok(await runAction(revokeRole.definition, { matrixId: revoked.id }, asAdmin));
    await expectSessionsEnded(revoked, "role_revoked");

    const lowered = await operatorWithSessions("ending-lower");
    ok(await runAction(grantRole.definition, { matrixId: lowered.id, role: "viewer" }, asAdmin));
    await expectSessionsEnded(lowered, "role_lowered");
  });

  it("a bulk lock, run as a job, ends each locked person's sessions", async () => {
    const people = [
      await operatorWithSessions("ending-bulk"),
      await operatorWithSessions("ending-bulk"),
    ];
    const params = {
      change: "lock",
      userIds: people.map((person) => person.id),
      requestedByRole: "admin",
    } as const;
    const runId = await createTestRun("user_bulk", params, admin.id);
    const summary = await runUserBulkChange(
      checker.client,
      params,
      testRunContext(runId, { requestedBy: admin.id }),
    );
    expect(summary).toMatchObject({ changed: 2, failed: 0 });
    for (const person of people) await expectSessionsEnded(person, "user_locked");
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the person asking, and is audited", async () => {
    const person = await operatorWithSessions("ending-everywhere");
    const bystander = await operatorWithSessions("ending-bystander");
    const data = ok(
      await runAction(signOutEverywhere.definition, {}, async () => ({
        matrixId: person.id,
        role: "operator",
      })),
    );
    expect(data).toEqual({ sessionsEnded: 2 });
    await expectSessionsEnded(person, "sign_out_everywhere");
    expect(await userForSession(bystander.secrets[0]!)).not.toBeNull();
    const audited = await db.auditEntry.findFirst({
      where: { action: "console.sign_out_everywhere", actorId: person.id },
      include: { outcome: true },
    });
    expect(audited?.outcome?.outcome).toBe("success");
  });

  it("lets an admin end someone else's sessions, and nobody below admin", async () => {
    const person = await operatorWithSessions("ending-by-admin");
    const refused = await runAction(
      endUserSessions.definition,
      { matrixId: person.id },
      async () => ({ matrixId: "@an-operator:localhost", role: "operator" }),
    );
    expect(refused).toMatchObject({ ok: false });
    for (const secret of person.secrets) expect(await userForSession(secret)).not.toBeNull();

    const data = ok(await runAction(endUserSessions.definition, { matrixId: person.id }, asAdmin));
    expect(data).toEqual({ matrixId: person.id, sessionsEnded: 2 });
    await expectSessionsEnded(person, "ended_by_admin");
    // The role stays: they may sign in again.
    expect((await grants.getRoleGrant(person.id))?.role).toBe("operator");
  });
});
