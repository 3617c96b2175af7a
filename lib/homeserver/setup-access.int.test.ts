import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalHttpServer, json } from "@/lib/synapse/testing/local-http-server";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";

// Before the first setup, with neither SYNAPSE_URL nor SETUP_TOKEN (a bare `next start`): set
// before any app module reads the environment.
prepareTestAppEnv();
process.env.SYNAPSE_URL = "";
process.env.SETUP_TOKEN = "";

const { authorizeConnectionChange } = await import("./setup-access");
const { describeSetupInvitation, getSetupToken } = await import("./setup-token");
const { runAction } = await import("@/lib/actions/define-action");
const { testConnection } = await import("@/lib/actions/test-connection");
const { createDb, db } = await import("@/lib/db");
const { openSecret } = await import("@/lib/crypto/secret-box");
const { decodeKey } = await import("@/lib/env");

// Stands in for whatever a stranger would point the connection test at.
const probed = await startLocalHttpServer(json(200, { versions: ["v1.11"] }));
const noUser = async () => null;
const connectionTest = (setupToken?: string) =>
  runAction(
    testConnection.definition,
    {
      setupToken,
      connection: {
        method: "shared_secret",
        baseUrl: probed.url,
        sharedSecret: "anything",
        localpart: "console-bot",
      },
    },
    noUser,
  );

// No connection saved yet; the one other test files use is put back afterwards.
let saved: Awaited<ReturnType<typeof db.homeserver.findUnique>> = null;
beforeAll(async () => {
  saved = await db.homeserver.findUnique({ where: { id: "default" } });
  await db.homeserver.deleteMany({});
});
afterAll(async () => {
  await probed.close();
  if (saved) await db.homeserver.create({ data: saved });
});

describe("first-run setup without SETUP_TOKEN", () => {
  it("refuses a missing, empty or wrong token", async () => {
    await expect(authorizeConnectionChange(undefined)).rejects.toThrow(
      "Enter the setup token: the console printed it in its log when it started.",
    );
    await expect(authorizeConnectionChange("")).rejects.toThrow("Enter the setup token");
    await expect(authorizeConnectionChange("x".repeat(32))).rejects.toThrow(
      "The setup token is wrong.",
    );
  });

  it("accepts the generated token, which every instance reads from the database and prints", async () => {
    const { token, source } = await getSetupToken();
    expect(source).toBe("generated");
    expect(token.length).toBeGreaterThanOrEqual(32);
    await expect(authorizeConnectionChange(token)).resolves.toEqual({ id: "setup" });

    // A second instance: its own pool, the same SECRETS_KEY, the same token.
    const other = createDb(requireEnv("DATABASE_URL"));
    try {
      const row = await other.setupToken.findUniqueOrThrow({ where: { homeserverId: "default" } });
      expect(row.tokenEncrypted).not.toContain(token);
      expect(openSecret(row.tokenEncrypted, decodeKey(requireEnv("SECRETS_KEY"))!)).toBe(token);
    } finally {
      await other.$disconnect();
    }
    expect(await describeSetupInvitation()).toMatch(
      new RegExp(`^first run: open \\S*/setup and enter the setup token ${token}$`),
    );
  });

  it("lets nobody without the token probe an address with the connection test", async () => {
    for (const token of [undefined, "", "wrong-token-0000000"]) {
      const result = await connectionTest(token);
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? "" : result.error).toMatch(/setup token/);
    }
    expect(probed.requests).toHaveLength(0);

    const { token } = await getSetupToken();
    await connectionTest(token);
    expect(probed.requests.length).toBeGreaterThan(0);
  });
});
