import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { startSynapseProxy } from "@/lib/synapse/testing/synapse-proxy";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";
import { THROTTLE_RULES } from "./sign-in-throttle-policy";

// The console reaches Synapse only through a counting proxy, to tell which sign-ins reached it.
const proxy = await startSynapseProxy(requireEnv("SYNAPSE_URL"));
process.env.SYNAPSE_URL = proxy.url;
prepareTestAppEnv();

const { signInWithPassword, signInWithAccessToken, withSafeSignInErrors } =
  await import("./matrix-sign-in");
const { db } = await import("@/lib/db");
const grants = await import("@/lib/data/role-grants");

afterAll(() => proxy.close());

/** A made-up client address per test, so tests do not count against each other. */
const addressOf = () => {
  const address = `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  return { address, throttleKey: `${address}-${randomBytes(3).toString("hex")}` };
};
const logins = () => proxy.seen.filter((request) => request.path.endsWith("/login")).length;
const auditRows = (userId: string) =>
  db.auditEntry.count({ where: { action: "console.sign_in", actorId: userId } });
/** What the sign-in page would show. */
const shown = (attempt: Promise<unknown>) =>
  withSafeSignInErrors(async () => {
    await attempt;
    return { id: "", role: "viewer" };
  }).then(
    () => "signed in",
    (error: Error) => error.message,
  );

const { maxFailures } = THROTTLE_RULES.account;

// Changes accounts in Synapse on its own, as an admin would outside the console.
const synapseAdmin = await registerTestUser("barred-checker", true);

describe("accounts barred in Synapse", () => {
  const failuresOf = async (userId: string) =>
    (
      await db.signInThrottle.findUnique({
        where: {
          homeserverId_scope_key: { homeserverId: "default", scope: "account", key: userId },
        },
      })
    )?.failures ?? 0;

  /** A console operator, then changed in Synapse by an admin client of its own (not the console). */
  async function operatorThen(prefix: string, change: (userId: string) => Promise<unknown>) {
    const user = await registerTestUser(prefix);
    await grants.upsertConsoleGrant(user.id, "operator", "@sign-in-test:localhost");
    await expect(signInWithPassword(user.id, user.password, addressOf())).resolves.toEqual({
      id: user.id,
      role: "operator",
    });
    await change(user.id);
    return user;
  }

  it("lifts the bar a token's check left once a sign-in sees the account usable, audited", async () => {
    for (const admin of [false, true]) {
      const user = await registerTestUser(`unbarred-${admin ? "admin" : "operator"}`, admin);
      if (admin) await grants.upsertSynapseAdminGrant(user.id);
      else await grants.upsertConsoleGrant(user.id, "operator", "@sign-in-test:localhost");
      // A token's check found the account locked; it has been unlocked since.
      await grants.setAccountBarred(user.id, "locked");
      await expect(signInWithPassword(user.id, user.password, addressOf())).resolves.toEqual({
        id: user.id,
        role: admin ? "admin" : "operator",
      });
      expect((await grants.getRoleGrant(user.id))?.accountBarred).toBeNull();
      expect(
        await db.auditEntry.findMany({
          where: { action: "console.account_usable", targetId: user.id },
          include: { outcome: true },
        }),
      ).toMatchObject([{ input: { barredBefore: "locked" }, outcome: { outcome: "success" } }]);
    }
  });

  it("refuses a suspended operator with the right password, without counting a failure", async () => {
    const user = await operatorThen("suspended", (id) =>
      synapseAdmin.client.users.setSuspended(id, true),
    );
    expect(await shown(signInWithPassword(user.id, user.password, addressOf()))).toBe(
      "Your account is suspended on the homeserver, so you cannot sign in to the console.",
    );
    expect(await failuresOf(user.id)).toBe(0);
  });

  it("refuses a locked operator, without counting a failure", async () => {
    const user = await operatorThen("locked", (id) =>
      synapseAdmin.client.users.update(id, { locked: true }),
    );
    expect(await shown(signInWithPassword(user.id, user.password, addressOf()))).toBe(
      "Your account is locked on the homeserver, so you cannot sign in to the console.",
    );
    expect(await failuresOf(user.id)).toBe(0);
  });

  it("refuses a suspended Synapse admin too, read with their own token", async () => {
    const user = await registerTestUser("suspended-admin", true);
    await synapseAdmin.client.users.setSuspended(user.id, true);
    expect(await shown(signInWithPassword(user.id, user.password, addressOf()))).toBe(
      "Your account is suspended on the homeserver, so you cannot sign in to the console.",
    );
  });
});

describe("signing in with a password, throttled", () => {
  it("locks an account out after repeated wrong passwords, without Synapse or a growing audit log", async () => {
    const user = await registerTestUser("throttled", true);
    const from = addressOf();
    for (let i = 0; i < maxFailures; i++) {
      expect(await shown(signInWithPassword(user.id, "wrong-password", from))).toBe(
        "Wrong user ID or password.",
      );
    }
    const loginsBefore = logins();
    const auditBefore = await auditRows(user.id);
    const locked = `Too many failed sign-ins for ${user.id}; try again in 15 minutes.`;
    // The right password now, from here and from elsewhere: refused before Synapse hears of it.
    expect(await shown(signInWithPassword(user.id, user.password, from))).toBe(locked);
    expect(await shown(signInWithPassword(user.id, user.password, addressOf()))).toBe(locked);
    // Synapse signs in @Name as @name: the case typed is no way round the lockout.
    expect(await shown(signInWithPassword(user.id.toUpperCase(), user.password, from))).toBe(
      locked,
    );
    for (let i = 0; i < 4; i++) await shown(signInWithPassword(user.id, user.password, from));
    expect(logins()).toBe(loginsBefore);
    // Only the first three refusals of the lockout are audited; the rest are counted on its row.
    expect(await auditRows(user.id)).toBe(auditBefore + 3);
    const row = await db.signInThrottle.findUniqueOrThrow({
      where: {
        homeserverId_scope_key: { homeserverId: "default", scope: "account", key: user.id },
      },
    });
    expect(row.refused).toBe(7);

    // Another account, from another address and from the same one, is not affected.
    const other = await registerTestUser("unthrottled", true);
    await expect(signInWithPassword(other.id, other.password, addressOf())).resolves.toEqual({
      id: other.id,
      role: "admin",
    });
    await expect(signInWithPassword(other.id, other.password, from)).resolves.toMatchObject({
      id: other.id,
    });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const user = await registerTestUser("recovers", true);
    const from = addressOf();
    for (let i = 0; i < maxFailures - 1; i++)
      await signInWithPassword(user.id, "nope", from).catch(() => undefined);
    await expect(signInWithPassword(user.id, user.password, from)).resolves.toMatchObject({
      role: "admin",
    });
    for (let i = 0; i < maxFailures - 1; i++)
      await signInWithPassword(user.id, "nope", from).catch(() => undefined);
    await expect(signInWithPassword(user.id, user.password, from)).resolves.toMatchObject({
      role: "admin",
    });
  });

  it("records refused sign-ins with the reason and the address, never the password or token", async () => {
    const user = await registerTestUser("refused-history", true);
    const from = addressOf();
    await shown(signInWithPassword(user.id, "wrong-secret-password", from));
    await shown(signInWithAccessToken("syt_refused_history_token", from));
    const entries = await db.auditEntry.findMany({
      where: {
        action: "console.sign_in",
        input: { path: ["clientAddress"], equals: from.address },
      },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => [e.actorId, e.outcome?.outcome, e.outcome?.errorMessage])).toEqual([
      [user.id, "failure", "Wrong user ID or password."],
      [
        "anonymous",
        "failure",
        "The homeserver does not know this access token (expired or logged out).",
      ],
    ]);
    const stored = JSON.stringify(entries, (_, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(stored).not.toContain("wrong-secret-password");
    expect(stored).not.toContain("syt_refused_history_token");
  });

  it("counts unknown access tokens against the address", async () => {
    const from = addressOf();
    const { maxFailures: perAddress } = THROTTLE_RULES.address;
    for (let i = 0; i < perAddress; i++) {
      expect(await shown(signInWithAccessToken(`syt_unknown_${i}`, from))).toBe(
        "The homeserver does not know this access token (expired or logged out).",
      );
    }
    const whoamisBefore = proxy.seen.length;
    expect(await shown(signInWithAccessToken("syt_another", from))).toBe(
      "Too many failed sign-ins from your network address; try again in 15 minutes.",
    );
    expect(proxy.seen.length).toBe(whoamisBefore);
  });

  it("tells a person the homeserver cannot be reached without naming its address", async () => {
    const user = await registerTestUser("synapse-down");
    const from = addressOf();
    await proxy.close();
    const message = await shown(signInWithPassword(user.id, user.password, from));
    expect(message).toBe(
      "The homeserver cannot be reached right now, so nobody can sign in; try again later.",
    );
    expect(message).not.toContain(new URL(proxy.url).port);
    expect(message).not.toContain("127.0.0.1");
    // Not the person's fault: it does not count towards their lockout.
    const row = await db.signInThrottle.findUnique({
      where: {
        homeserverId_scope_key: { homeserverId: "default", scope: "account", key: user.id },
      },
    });
    expect(row?.failures ?? 0).toBe(0);
  });
});
