import { afterAll, describe, expect, it } from "vitest";
import { startSynapseProxy, type Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// The console reaches Synapse through a proxy this file can turn off, to see what an outage does
// to the Synapse admin re-check. Set before the app reads its environment.
const trouble: Trouble = {};
const proxy = await startSynapseProxy(requireEnv("SYNAPSE_URL"), trouble);
const realSynapseUrl = requireEnv("SYNAPSE_URL");
process.env.SYNAPSE_URL = proxy.url;
afterAll(async () => {
  process.env.SYNAPSE_URL = realSynapseUrl;
  await proxy.close();
});
const synapseDown = (down: boolean) => {
  trouble.downFrom = down ? 0 : undefined;
};

const { db } = await import("@/lib/db");
const sessions = await import("@/lib/data/sessions");
const grants = await import("@/lib/data/role-grants");
const { userForSession } = await import("./session-user");
const { sessionCallbacks, sessionEvents } = await import("./session-callbacks");

const checker = await registerTestUser("sessions-checker", true);
let counter = 0;
const someone = () => `@sessions-${Date.now().toString(36)}-${counter++}:localhost`;

async function signedIn(matrixId: string, role: "viewer" | "operator" | "admin" = "operator") {
  await grants.upsertConsoleGrant(matrixId, role, "@sessions-test:localhost");
  return sessions.createSession({ matrixId, maxAgeHours: 8, userAgent: "vitest" });
}
const rowOf = (matrixId: string) =>
  db.consoleSession.findMany({ where: { matrixId }, orderBy: { createdAt: "asc" } });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("console sessions in PostgreSQL", () => {
  it("stores only a hash of the secret and finds the person and their current role by the secret", async () => {
    const matrixId = someone();
    const secret = await signedIn(matrixId, "viewer");
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await rowOf(matrixId);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(secret);
    expect(row?.userAgent).toBe("vitest");
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(7.9 * 3_600_000);

    expect(await userForSession(secret)).toEqual({ matrixId, role: "viewer" });
    await grants.upsertConsoleGrant(matrixId, "admin", "@sessions-test:localhost");
    expect(await userForSession(secret)).toEqual({ matrixId, role: "admin" });
    expect(await userForSession(`${secret.slice(0, -1)}x`)).toBeNull();
  });

  it("ends a session at sign-out: the same secret is refused afterwards", async () => {
    const matrixId = someone();
    const secret = await signedIn(matrixId);
    const other = await signedIn(matrixId);
    expect(await sessions.endSession(secret, "sign_out")).toBe(matrixId);
    expect(await userForSession(secret)).toBeNull();
    expect(await userForSession(other)).toEqual({ matrixId, role: "operator" });
    expect(await sessions.endSession(secret, "sign_out")).toBeNull();
    const [ended] = await rowOf(matrixId);
    expect(ended).toMatchObject({ endReason: "sign_out" });
  });

  it("refuses a session past its absolute lifetime, however recently it was used", async () => {
    const matrixId = someone();
    const secret = await signedIn(matrixId);
    expect(await userForSession(secret)).not.toBeNull();
    await db.consoleSession.updateMany({
      where: { matrixId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await userForSession(secret)).toBeNull();
  });

  it("notes the last visit at most once a minute", async () => {
    const matrixId = someone();
    const secret = await signedIn(matrixId);
    const old = minutesAgo(5);
    await db.consoleSession.updateMany({ where: { matrixId }, data: { lastSeenAt: old } });
    await userForSession(secret);
    const [touched] = await rowOf(matrixId);
    expect(touched!.lastSeenAt.getTime()).toBeGreaterThan(old.getTime() + 4 * 60_000);
    await userForSession(secret);
    const [again] = await rowOf(matrixId);
    expect(again!.lastSeenAt.getTime()).toBe(touched!.lastSeenAt.getTime());
  });

  it("ends all of a person's sessions and nobody else's", async () => {
    const matrixId = someone();
    const bystander = someone();
    const first = await signedIn(matrixId);
    const second = await signedIn(matrixId);
    const theirs = await signedIn(bystander);
    expect(await sessions.endSessionsOf(matrixId, "sign_out_everywhere")).toBe(2);
    expect(await userForSession(first)).toBeNull();
    expect(await userForSession(second)).toBeNull();
    expect(await userForSession(theirs)).toEqual({ matrixId: bystander, role: "operator" });
    expect((await sessions.countOpenSessions([matrixId, bystander])).get(bystander)).toBe(1);
  });

  it("ends the sessions when the role is revoked or lowered, not when it is raised", async () => {
    const raised = someone();
    const raisedSecret = await signedIn(raised, "viewer");
    await grants.upsertConsoleGrant(raised, "operator", "@sessions-test:localhost");
    expect(await userForSession(raisedSecret)).toEqual({ matrixId: raised, role: "operator" });

    const lowered = someone();
    const loweredSecret = await signedIn(lowered, "admin");
    await grants.upsertConsoleGrant(lowered, "viewer", "@sessions-test:localhost");
    expect(await userForSession(loweredSecret)).toBeNull();
    expect((await rowOf(lowered))[0]).toMatchObject({ endReason: "role_lowered" });

    const revoked = someone();
    const revokedSecret = await signedIn(revoked);
    await grants.deleteRoleGrant(revoked);
    await grants.upsertConsoleGrant(revoked, "operator", "@sessions-test:localhost");
    // A new grant does not bring the old session back: the person signs in again.
    expect(await userForSession(revokedSecret)).toBeNull();
    expect((await rowOf(revoked))[0]).toMatchObject({ endReason: "role_revoked" });
  });

  it("opens a session from next-auth's jwt callback, whose token holds only the secret, and ends it at sign-out", async () => {
    const matrixId = someone();
    await grants.upsertConsoleGrant(matrixId, "viewer", "@sessions-test:localhost");
    const jwt = sessionCallbacks.jwt!;
    const token = await jwt({
      token: { name: null, email: null, sub: matrixId },
      user: { id: matrixId, role: "viewer" },
      account: null,
    });
    expect(Object.keys(token)).toEqual(["sessionSecret"]);
    const secret = token.sessionSecret!;
    expect(await userForSession(secret)).toEqual({ matrixId, role: "viewer" });
    // Later calls (next-auth's session endpoint) pass the token on and open nothing.
    expect(await jwt({ token, user: undefined as never, account: null })).toBe(token);
    expect(await rowOf(matrixId)).toHaveLength(1);

    await sessionEvents.signOut!({ token, session: undefined as never });
    expect(await userForSession(secret)).toBeNull();
    const audited = await db.auditEntry.findFirst({
      where: { action: "console.sign_out", actorId: matrixId },
      include: { outcome: true },
    });
    expect(audited?.outcome?.outcome).toBe("success");
  });
});

describe("a Synapse admin's role, re-checked with Synapse", () => {
  async function synapseAdminSignedIn() {
    const admin = await registerTestUser("sessions-synapse-admin", true);
    await grants.upsertSynapseAdminGrant(admin.id);
    const secret = await sessions.createSession({
      matrixId: admin.id,
      maxAgeHours: 8,
      userAgent: null,
    });
    return { id: admin.id, secret };
  }
  const checkedLongAgo = (matrixId: string) =>
    db.consoleSession.updateMany({ where: { matrixId }, data: { roleCheckedAt: minutesAgo(11) } });

  it("keeps the admin role while Synapse says admin, and notes the check", async () => {
    const admin = await synapseAdminSignedIn();
    await checkedLongAgo(admin.id);
    expect(await userForSession(admin.secret)).toEqual({ matrixId: admin.id, role: "admin" });
    const [row] = await rowOf(admin.id);
    expect(row!.roleCheckedAt.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
  });

  it("ends the session and drops the grant within the window after a demotion made in Synapse", async () => {
    const admin = await synapseAdminSignedIn();
    await checker.client.users.setAdmin(admin.id, false);
    // Checked less than 10 minutes ago: the console does not ask yet.
    expect(await userForSession(admin.secret)).toEqual({ matrixId: admin.id, role: "admin" });

    await checkedLongAgo(admin.id);
    // A page's requests arrive together: one of them asks Synapse and signs the person out, once.
    const together = await Promise.all([1, 2, 3, 4, 5].map(() => userForSession(admin.secret)));
    expect(together).toContain(null);
    expect(await userForSession(admin.secret)).toBeNull();
    expect(await grants.getRoleGrant(admin.id)).toBeNull();
    expect((await rowOf(admin.id))[0]).toMatchObject({ endReason: "synapse_admin_lost" });
    const audited = await db.auditEntry.findMany({
      where: { action: "console.synapse_admin_lost", targetId: admin.id },
      include: { outcome: true },
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]?.input).toEqual({ reason: "no longer a server admin" });
    expect(audited[0]?.outcome?.outcome).toBe("success");
  });

  it("ends the session of a Synapse admin who was locked in Synapse", async () => {
    const admin = await synapseAdminSignedIn();
    await checker.client.users.update(admin.id, { locked: true });
    await checkedLongAgo(admin.id);
    expect(await userForSession(admin.secret)).toBeNull();
    expect(await grants.getRoleGrant(admin.id)).toBeNull();
  });

  it("keeps the session while Synapse cannot answer, and asks again at the next request", async () => {
    const admin = await synapseAdminSignedIn();
    await checkedLongAgo(admin.id);
    synapseDown(true);
    try {
      expect(await userForSession(admin.secret)).toEqual({ matrixId: admin.id, role: "admin" });
      const [row] = await rowOf(admin.id);
      expect(row!.roleCheckedAt.getTime()).toBeLessThan(minutesAgo(10).getTime());
    } finally {
      synapseDown(false);
    }
    await checker.client.users.setAdmin(admin.id, false);
    expect(await userForSession(admin.secret)).toBeNull();
  });
});

describe("a console-granted role, its account re-checked with Synapse", () => {
  async function operatorSignedIn(prefix: string) {
    const person = await registerTestUser(prefix);
    return { id: person.id, secret: await signedIn(person.id) };
  }
  const checkedLongAgo = (matrixId: string) =>
    db.consoleSession.updateMany({ where: { matrixId }, data: { roleCheckedAt: minutesAgo(11) } });

  it("keeps an active account's session and notes the check", async () => {
    const person = await operatorSignedIn("sessions-active-operator");
    await checkedLongAgo(person.id);
    expect(await userForSession(person.secret)).toEqual({ matrixId: person.id, role: "operator" });
    const [row] = await rowOf(person.id);
    expect(row!.roleCheckedAt.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
  });

  it("ends the session of an operator locked in Synapse itself once the re-check is due, audited", async () => {
    const person = await operatorSignedIn("sessions-locked-operator");
    await checker.client.users.update(person.id, { locked: true });
    // Checked less than 10 minutes ago: the console does not ask yet.
    expect(await userForSession(person.secret)).toEqual({ matrixId: person.id, role: "operator" });

    await checkedLongAgo(person.id);
    expect(await userForSession(person.secret)).toBeNull();
    expect((await rowOf(person.id))[0]).toMatchObject({ endReason: "user_locked" });
    // The console role stays: unlocked, the person may sign in again. Their API tokens are refused.
    expect(await grants.getRoleGrant(person.id)).toMatchObject({
      role: "operator",
      accountBarred: "locked",
    });
    const audited = await db.auditEntry.findFirst({
      where: { action: "console.account_barred", targetId: person.id },
      include: { outcome: true },
    });
    expect(audited?.actorId).toBe("console");
    expect(audited?.input).toEqual({ reason: "locked" });
    expect(audited?.outcome?.outcome).toBe("success");
  });

  it("ends the sessions of a viewer suspended, and of one deactivated, in Synapse", async () => {
    const suspended = await operatorSignedIn("sessions-suspended-operator");
    await checker.client.users.setSuspended(suspended.id, true);
    const deactivated = await operatorSignedIn("sessions-deactivated-operator");
    await checker.client.users.deactivate(deactivated.id, false);
    for (const person of [suspended, deactivated]) {
      await checkedLongAgo(person.id);
      expect(await userForSession(person.secret)).toBeNull();
    }
    expect((await rowOf(suspended.id))[0]).toMatchObject({ endReason: "user_suspended" });
    expect((await rowOf(deactivated.id))[0]).toMatchObject({ endReason: "user_deactivated" });
  });

  it("keeps the session while Synapse cannot answer, and ends it at the next request after", async () => {
    const person = await operatorSignedIn("sessions-outage-operator");
    await checker.client.users.update(person.id, { locked: true });
    await checkedLongAgo(person.id);
    synapseDown(true);
    try {
      expect(await userForSession(person.secret)).toEqual({
        matrixId: person.id,
        role: "operator",
      });
    } finally {
      synapseDown(false);
    }
    expect(await userForSession(person.secret)).toBeNull();
  });
});
