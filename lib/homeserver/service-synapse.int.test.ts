import { describe, expect, it } from "vitest";
import { registerTestUser, prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { getServiceSynapse } = await import("./service-synapse");
const { runAudited } = await import("@/lib/audit/run-audited");
const { UnauditedMutationError } = await import("@/lib/audit/audit-scope");
const { db } = await import("@/lib/db");

describe("the service account's Synapse client", () => {
  it("connects through the environment's shared secret and keeps its token encrypted", async () => {
    const synapse = await getServiceSynapse();
    const me = await synapse.session.whoAmI();
    expect(me.user_id).toMatch(/^@console-bot:/);
    const row = await db.homeserver.findUniqueOrThrow({ where: { id: "default" } });
    expect(row.accessTokenEncrypted).toMatch(/^v1\./);
    expect(row.secretEncrypted).not.toContain(process.env.SYNAPSE_REGISTRATION_SHARED_SECRET);
  });

  it("refuses to change Synapse outside an audited operation, and does it inside one", async () => {
    const target = await registerTestUser("guard-target");
    const synapse = await getServiceSynapse();
    await expect(
      synapse.users.update(target.id, { displayname: "Unaudited" }),
    ).rejects.toBeInstanceOf(UnauditedMutationError);
    expect((await synapse.users.get(target.id)).displayname).not.toBe("Unaudited");

    await runAudited({ actor: { id: "@tester:localhost" }, action: "user.set_displayname" }, () =>
      synapse.users.update(target.id, { displayname: "Audited" }),
    );
    expect((await synapse.users.get(target.id)).displayname).toBe("Audited");
  });

  it("heals itself when Synapse logs its token out", async () => {
    const synapse = await getServiceSynapse();
    const row = await db.homeserver.findUniqueOrThrow({ where: { id: "default" } });
    const { unseal } = await import("@/lib/crypto/secrets-key");
    const token = unseal(row.accessTokenEncrypted ?? "");
    // Logged out behind the console's back, as an admin revoking its device would.
    const { createSynapseClient } = await import("@/lib/synapse");
    await createSynapseClient({
      baseUrl: synapse.baseUrl,
      tokenSource: { getToken: async () => token },
      timeoutMs: 15_000,
      maxRetryWaitMs: 10_000,
    }).session.logout(token);
    expect((await synapse.server.version()).server_version).toBeTruthy();
    expect((await synapse.users.list({ limit: 1 })).total).toBeGreaterThan(0);
    const renewed = await db.homeserver.findUniqueOrThrow({ where: { id: "default" } });
    expect(unseal(renewed.accessTokenEncrypted ?? "")).not.toBe(token);
  });
});

describe("a connection saved under another SECRETS_KEY", () => {
  it("is replaced by the environment's connection instead of failing", async () => {
    const { randomBytes } = await import("node:crypto");
    const { sealSecret } = await import("@/lib/crypto/secret-box");
    await db.homeserver.update({
      where: { id: "default" },
      data: { secretEncrypted: sealSecret("sealed with a lost key", randomBytes(32)) },
    });
    // A key change means a restart, which starts without the homeserver resolved before.
    const { forgetHomeserver } = await import("./reused-homeserver");
    forgetHomeserver();
    const synapse = await getServiceSynapse();
    expect((await synapse.session.whoAmI()).user_id).toMatch(/^@console-bot:/);
    const { unseal } = await import("@/lib/crypto/secrets-key");
    const row = await db.homeserver.findUniqueOrThrow({ where: { id: "default" } });
    expect(unseal(row.secretEncrypted)).toBe(process.env.SYNAPSE_REGISTRATION_SHARED_SECRET);
  });
});
