// An API token and its maker's account on Synapse, with the real Synapse and PostgreSQL: a maker
// locked, suspended or deactivated in Synapse itself has their tokens refused (asked at most every
// 10 minutes, on a use), a maker whose admin role came from being a server admin loses it with
// their tokens, and an outage keeps the last answer. Each change is audited once.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startSynapseProxy, type Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
// The console reaches Synapse through a proxy this file can turn off (set before the app reads
// its environment).
const trouble: Trouble = {};
const realSynapseUrl = requireEnv("SYNAPSE_URL");
const proxy = await startSynapseProxy(realSynapseUrl, trouble);
process.env.SYNAPSE_URL = proxy.url;
afterAll(async () => {
  process.env.SYNAPSE_URL = realSynapseUrl;
  await proxy.close();
});

vi.mock("next/headers", () => import("@/lib/api/testing/next-headers-stub"));
const { setRequestHeaders } = await import("@/lib/api/testing/next-headers-stub");

const { db } = await import("@/lib/db");
const { createApiToken, findApiTokens } = await import("@/lib/data/api-tokens");
const grants = await import("@/lib/data/role-grants");
const { actorForApiToken } = await import("./api-token-actor");
const usersRoute = await import("@/app/api/v1/users/route");

const checker = await registerTestUser("token-maker-checker", true);

async function tokenOf(maker: string) {
  const name = `maker-${randomBytes(4).toString("hex")}`;
  const { token, id } = await createApiToken({
    name,
    role: "admin",
    expiresInDays: 1,
    createdBy: maker,
  });
  return { name, token, id };
}

const checkedLongAgo = (matrixId: string) =>
  db.roleGrant.update({
    where: { matrixId },
    data: { accountCheckedAt: new Date(Date.now() - 11 * 60_000) },
  });

const auditsOf = (action: string, matrixId: string) =>
  db.auditEntry.findMany({ where: { action, targetId: matrixId }, include: { outcome: true } });

const tokenRow = async (id: string) => (await findApiTokens()).find((row) => row.id === id);

describe("an API token whose maker's account changed on Synapse", () => {
  it("is refused while its maker is locked there, audited once, and acts again once unlocked", async () => {
    const maker = await registerTestUser("token-maker-locked");
    await grants.upsertConsoleGrant(maker.id, "admin", "@token-test:localhost");
    const { token, name, id } = await tokenOf(maker.id);
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });

    await checker.client.users.update(maker.id, { locked: true });
    // Checked less than 10 minutes ago: the console does not ask yet.
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });

    await checkedLongAgo(maker.id);
    // A script's calls arrive together: one asks Synapse, and the change is audited once.
    const together = await Promise.all([1, 2, 3, 4].map(() => actorForApiToken(token)));
    // The calls that did not ask act on the last answer meanwhile, as a session's requests do.
    expect(together).toContainEqual({ refused: "maker_barred", reason: "locked" });
    // A use is noted at most once a minute: start from none, so a refused use noted would show.
    await db.apiToken.update({ where: { id }, data: { lastUsedAt: null } });
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_barred", reason: "locked" });
    const barred = await auditsOf("console.account_barred", maker.id);
    expect(barred).toHaveLength(1);
    expect(barred[0]).toMatchObject({
      actorId: "console",
      input: { reason: "locked" },
      outcome: { outcome: "success", result: { apiTokensRefused: true } },
    });
    expect(await tokenRow(id)).toMatchObject({ makerBarred: "locked", lastUsedAt: null });

    // The route answers 401 with the reason, and reads nothing.
    const headers = setRequestHeaders({ authorization: `Bearer ${token}` });
    const refused = await usersRoute.GET(
      new NextRequest("http://console.test/api/v1/users", { headers }),
    );
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain(
      "The account of the admin who made this API token is locked on the homeserver",
    );

    // Still locked at the next check: no second entry.
    await checkedLongAgo(maker.id);
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_barred", reason: "locked" });
    expect(await auditsOf("console.account_barred", maker.id)).toHaveLength(1);

    await checker.client.users.update(maker.id, { locked: false });
    await checkedLongAgo(maker.id);
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });
    expect(await auditsOf("console.account_usable", maker.id)).toMatchObject([
      { actorId: "console", input: { barredBefore: "locked" }, outcome: { outcome: "success" } },
    ]);
    expect((await tokenRow(id))?.makerBarred).toBeNull();
  });

  it("is refused once its maker is deactivated there", async () => {
    const maker = await registerTestUser("token-maker-deactivated");
    await grants.upsertConsoleGrant(maker.id, "operator", "@token-test:localhost");
    const { token, name } = await tokenOf(maker.id);
    expect(await actorForApiToken(token)).toEqual({ name, role: "operator" });
    await checker.client.users.deactivate(maker.id, false);
    await checkedLongAgo(maker.id);
    expect(await actorForApiToken(token)).toEqual({
      refused: "maker_barred",
      reason: "deactivated",
    });
  });

  it("loses its admin role with a maker who is no longer a server admin", async () => {
    const maker = await registerTestUser("token-maker-server-admin", true);
    await grants.upsertSynapseAdminGrant(maker.id);
    const { token, name } = await tokenOf(maker.id);
    await checkedLongAgo(maker.id);
    // Still a server admin: the check passes.
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });

    await checker.client.users.setAdmin(maker.id, false);
    await checkedLongAgo(maker.id);
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_has_no_role" });
    expect(await grants.getRoleGrant(maker.id)).toBeNull();
    expect(await auditsOf("console.synapse_admin_lost", maker.id)).toMatchObject([
      { input: { reason: "no longer a server admin" }, outcome: { outcome: "success" } },
    ]);
  });

  it("checks a maker given a role again at the first use, and one suspended or gone", async () => {
    const suspended = await registerTestUser("token-maker-suspended");
    await grants.upsertConsoleGrant(suspended.id, "admin", "@token-test:localhost");
    const first = await tokenOf(suspended.id);
    await checker.client.users.setSuspended(suspended.id, true);
    // The grant is new: its first token use asks Synapse, without waiting 10 minutes.
    await grants.deleteRoleGrant(suspended.id);
    await grants.upsertConsoleGrant(suspended.id, "admin", "@token-test:localhost");
    expect(await actorForApiToken(first.token)).toEqual({
      refused: "maker_barred",
      reason: "suspended",
    });

    const gone = `@token-maker-never-registered-${randomBytes(4).toString("hex")}:localhost`;
    await grants.upsertConsoleGrant(gone, "admin", "@token-test:localhost");
    const second = await tokenOf(gone);
    expect(await actorForApiToken(second.token)).toEqual({
      refused: "maker_barred",
      reason: "no such user",
    });
  });

  it("is refused at once when the console locks its maker, and asks again once unlocked", async () => {
    const maker = await registerTestUser("token-maker-console-lock");
    await grants.upsertConsoleGrant(maker.id, "admin", "@token-test:localhost");
    const { token, name } = await tokenOf(maker.id);
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });
    await checker.client.users.update(maker.id, { locked: true });
    await grants.followAccountBar(maker.id, "locked", true);
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_barred", reason: "locked" });
    // Lifting another bar (an unsuspension) leaves the lock: Synapse is asked, and says locked.
    await grants.followAccountBar(maker.id, "suspended", false);
    expect((await grants.getRoleGrant(maker.id))?.accountBarred).toBe("locked");
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_barred", reason: "locked" });
    await checker.client.users.update(maker.id, { locked: false });
    await grants.followAccountBar(maker.id, "locked", false);
    expect((await grants.getRoleGrant(maker.id))?.accountBarred).toBeNull();
    expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });
  });

  it("keeps the last answer while Synapse cannot answer, and asks again at the next use", async () => {
    const maker = await registerTestUser("token-maker-outage");
    await grants.upsertConsoleGrant(maker.id, "admin", "@token-test:localhost");
    const { token, name } = await tokenOf(maker.id);
    await checker.client.users.update(maker.id, { locked: true });
    await checkedLongAgo(maker.id);
    trouble.downFrom = 0;
    try {
      expect(await actorForApiToken(token)).toEqual({ name, role: "admin" });
    } finally {
      trouble.downFrom = undefined;
    }
    // Synapse did not answer: nothing was decided, and the check is due again.
    expect(await auditsOf("console.account_barred", maker.id)).toEqual([]);
    expect((await grants.getRoleGrant(maker.id))?.accountCheckedAt.getTime()).toBe(0);
    expect(await actorForApiToken(token)).toEqual({ refused: "maker_barred", reason: "locked" });
    expect(await auditsOf("console.account_barred", maker.id)).toHaveLength(1);
  });
});
