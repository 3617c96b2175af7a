import { createHmac } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { registerTestUser, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { startLocalHttpServer, type Handler } from "@/lib/synapse/testing/local-http-server";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { manageTokenAccount } = await import("@/lib/actions/manage-token-account");
const { updateTokenPolicy } = await import("@/lib/actions/update-token-policy");
const { revealToken } = await import("@/lib/actions/reveal-token");
const { tokenRotationKind } = await import("@/lib/jobs/kinds/token-rotation");
const { createTestRun, itemsOf, testRunContext } = await import("@/lib/devices/testing/test-run");
const { whoAmI } = await import("@/lib/synapse/session");
const { isSynapseError } = await import("@/lib/synapse");

const ADMIN = "@token-admin:localhost";
const asAdmin = async () => ({ matrixId: ADMIN, role: "admin" as const });

/** Whom the token acts as, or "401" once Synapse no longer accepts it. */
async function whoHolds(token: string) {
  try {
    return await whoAmI(testHttp(), token);
  } catch (error) {
    if (isSynapseError(error, "unauthorized")) return "401";
    throw error;
  }
}

/** Runs the kind as the engine would, on a real run row; returns the run ID and outcome. */
async function rotate(params: Record<string, unknown>) {
  const runId = await createTestRun("token_rotation", params, ADMIN);
  const parsed = tokenRotationKind.params.parse(params);
  try {
    const summary = await tokenRotationKind.run(parsed, testRunContext(runId));
    return { runId, ok: true as const, summary };
  } catch (error) {
    return { runId, ok: false as const, error: (error as Error).message };
  }
}

async function manage(userId: string, policy: Record<string, unknown> = {}) {
  const result = await runAction(
    manageTokenAccount.definition,
    { userId, maxTokenAgeDays: 30, graceMinutes: 60, ...policy },
    asAdmin,
  );
  expect(result).toMatchObject({ ok: true });
}

async function reveal(userId: string) {
  const result = await runAction(revealToken.definition, { userId }, asAdmin);
  if (!result.ok) throw new Error(result.error);
  return result.data.accessToken;
}

/** JSON of database rows (their IDs are BigInts), to search them for a leaked token. */
const rowsText = (rows: unknown) =>
  JSON.stringify(rows, (_key, value: unknown) =>
    typeof value === "bigint" ? String(value) : value,
  );

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("token rotation against the real Synapse", () => {
  it("mints a device-less token, keeps the old one through the grace period, then revokes it", async () => {
    const bot = await registerTestUser({ admin: false, prefix: "rot-bot" });
    // The console takes over the bot's registration token, naming its device.
    await manage(bot.userId, { currentDeviceId: bot.deviceId });

    const first = await rotate({ userId: bot.userId });
    expect(first).toMatchObject({ ok: true, summary: { rotated: [bot.userId] } });
    expect((await itemsOf(first.runId)).map((item) => [item.key, item.ok])).toEqual([
      [`${bot.userId} deliver`, true],
      [`${bot.userId} mint`, true],
      [`${bot.userId} schedule_revoke`, true],
      [`${bot.userId} verify`, true],
    ]);
    const token1 = await reveal(bot.userId);
    // Login-as-user makes no device: whoami names the user and no device.
    expect(await whoHolds(token1)).toEqual({ user_id: bot.userId, is_guest: false });
    // Still inside the 60-minute grace period: the old token works.
    expect(await whoHolds(bot.token)).toMatchObject({ user_id: bot.userId });
    const pending = await db.pendingRevocation.findMany({ where: { userId: bot.userId } });
    expect(pending).toMatchObject([{ deviceId: bot.deviceId, revokedAt: null }]);
    expect(pending[0]!.revokeAfter.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);

    // The newest token shows once only.
    await expect(reveal(bot.userId)).rejects.toThrow(/revealed already/);
    const reveals = await db.auditEntry.findMany({
      where: { action: "token.reveal", targetId: bot.userId },
      include: { outcome: true },
    });
    expect(reveals[0]).toMatchObject({ actorId: ADMIN, input: { userId: bot.userId } });
    expect(rowsText(reveals)).not.toContain(token1);

    // With a grace of 0 the second rotation ends the first token in the same run.
    await runAction(
      updateTokenPolicy.definition,
      { userId: bot.userId, maxTokenAgeDays: 30, graceMinutes: 0 },
      asAdmin,
    );
    const second = await rotate({ userId: bot.userId });
    expect(second).toMatchObject({ ok: true, summary: { revoked: 1 } });
    const token2 = await reveal(bot.userId);
    expect(await whoHolds(token2)).toMatchObject({ user_id: bot.userId });
    expect(await whoHolds(token1)).toBe("401");
    expect(await whoHolds(bot.token)).toMatchObject({ user_id: bot.userId });

    // Once the first grace period is over, a revoke-only run deletes the taken-over device.
    await db.pendingRevocation.updateMany({
      where: { userId: bot.userId, deviceId: bot.deviceId },
      data: { revokeAfter: new Date(Date.now() - 1000) },
    });
    const sweep = await rotate({ revokeDueOnly: true });
    expect(sweep).toMatchObject({ ok: true, summary: { rotated: [] } });
    expect(await whoHolds(bot.token)).toBe("401");
    expect(await whoHolds(token2)).toMatchObject({ user_id: bot.userId });

    const audit = await db.auditEntry.findMany({
      where: { targetId: bot.userId, action: { startsWith: "token." } },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.outcome?.outcome])).toEqual([
      ["token.manage", "success"],
      ["token.mint", "success"],
      ["token.reveal", "success"],
      ["token.reveal", "failure"],
      ["token.update_policy", "success"],
      ["token.mint", "success"],
      ["token.revoke_old", "success"],
      ["token.reveal", "success"],
      ["token.revoke_old", "success"],
    ]);
    const mint = audit.find((entry) => entry.action === "token.mint");
    expect(mint?.actorId).toBe(`job:${first.runId}`);
    // Minted with an expiry: max age (30 days) + grace (60 minutes) + a day of margin.
    const validUntil = Date.parse(String((mint?.input as { validUntil?: string }).validUntil));
    const expected = mint!.at.getTime() + 31 * 86_400_000 + 60 * 60_000;
    expect(Math.abs(validUntil - expected)).toBeLessThan(60_000);
    expect(rowsText(audit)).not.toContain(token2);
  });

  it("posts the new token to the webhook signed with HMAC-SHA256", async () => {
    const secret = "webhook-secret-for-tests";
    const received: Array<{ body: string; valid: boolean }> = [];
    const checking: Handler = (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const expected = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
        const valid = request.headers["x-signature-256"] === expected;
        received.push({ body, valid });
        response.writeHead(valid ? 204 : 401).end();
      });
    };
    const server = await startLocalHttpServer(checking);
    servers.push(server);
    const bot = await registerTestUser({ admin: false, prefix: "hook-bot" });
    // The test receiver is on loopback: an admin's allowance for a private address (and http).
    await manage(bot.userId, {
      webhookUrl: `${server.url}/tokens`,
      webhookSecret: secret,
      webhookAllowPrivate: true,
    });

    const run = await rotate({ userId: bot.userId });
    expect(run).toMatchObject({ ok: true });
    expect(received).toHaveLength(1);
    expect(received[0]!.valid).toBe(true);
    const delivered = JSON.parse(received[0]!.body) as Record<string, unknown>;
    expect(delivered).toMatchObject({ user_id: bot.userId, device_id: null });
    expect(await whoHolds(String(delivered.access_token))).toMatchObject({ user_id: bot.userId });
    expect(await reveal(bot.userId)).toBe(delivered.access_token);
  });

  it("a webhook answering 500 fails the run and revokes nothing", async () => {
    const bodies: string[] = [];
    const server = await startLocalHttpServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        bodies.push(Buffer.concat(chunks).toString("utf8"));
        response.writeHead(500).end();
      });
    });
    servers.push(server);
    const bot = await registerTestUser({ admin: false, prefix: "fail-bot" });
    await manage(bot.userId, {
      currentDeviceId: bot.deviceId,
      graceMinutes: 0,
      webhookUrl: `${server.url}/tokens`,
      webhookSecret: "s3cret",
      webhookAllowPrivate: true,
    });

    const run = await rotate({ userId: bot.userId });
    expect(run.ok).toBe(false);
    expect(run).toMatchObject({ error: expect.stringContaining("answered 500") });
    const items = await itemsOf(run.runId);
    expect(items.find((item) => item.key === `${bot.userId} deliver`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("500"),
    });
    // Nothing old is touched: no revocation queued, the taken-over token works.
    expect(await db.pendingRevocation.count({ where: { userId: bot.userId } })).toBe(0);
    expect(await whoHolds(bot.token)).toMatchObject({ user_id: bot.userId });
    const account = await db.managedAccount.findUniqueOrThrow({ where: { userId: bot.userId } });
    expect(account).toMatchObject({
      lastRotationOk: false,
      lastRotationError: expect.stringContaining("deliver: The webhook"),
      currentTokenEncrypted: null,
      currentDeviceId: bot.deviceId,
      tokenUnseen: false,
    });
    // The token that never got delivered was logged out again.
    expect(bodies).toHaveLength(1);
    const minted = String((JSON.parse(bodies[0]!) as Record<string, unknown>).access_token);
    expect(await whoHolds(minted)).toBe("401");
  });

  it("refuses an account that is not managed, and says so on the run", async () => {
    const bot = await registerTestUser({ admin: false, prefix: "unmanaged-bot" });
    const run = await rotate({ userId: bot.userId });
    expect(run).toMatchObject({ ok: false, error: expect.stringContaining("not a managed") });
    expect(await whoHolds(bot.token)).toMatchObject({ user_id: bot.userId });
  });
});
