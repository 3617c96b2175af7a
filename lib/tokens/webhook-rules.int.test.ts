// Token webhooks go to public https addresses only, checked after DNS when the URL is saved and
// again when a token is delivered; an admin's per-account allowance admits private addresses
// (and http). No request here leaves this machine: refused addresses are never connected to.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { registerTestUser } from "@/lib/synapse/testing/synapse-fixture";
import { startLocalHttpServer } from "@/lib/synapse/testing/local-http-server";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { manageTokenAccount } = await import("@/lib/actions/manage-token-account");
const { updateTokenPolicy } = await import("@/lib/actions/update-token-policy");
const { tokenRotationKind } = await import("@/lib/jobs/kinds/token-rotation");
const { createTestRun, itemsOf, testRunContext } = await import("@/lib/devices/testing/test-run");
const { resolvePublicTarget } = await import("@/lib/http/public-address");
const resolveWebhookTarget = (url: string, { allowPrivate }: { allowPrivate: boolean }) =>
  resolvePublicTarget(url, { subject: "webhook", allowPrivate });

const asAdmin = async () => ({ matrixId: "@webhook-admin:localhost", role: "admin" as const });

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("which addresses a webhook may have", () => {
  // The address rules themselves, without DNS, are the unit test's table (lib/http/public-address.test.ts).
  it.each([
    ["https://localhost/hook", /is (127\.0\.0\.1|::1), a loopback address/],
    ["https://127.0.0.1:8443/hook", /a loopback address/],
    ["https://[::1]/hook", /a loopback address/],
    ["https://10.20.30.40/hook", /a private address/],
    ["https://192.168.0.10/hook", /a private address/],
    ["https://169.254.169.254/latest/meta-data", /the cloud metadata address/],
    ["https://[fd00::5]/hook", /a unique-local address/],
    ["https://[::ffff:127.0.0.1]/hook", /a loopback address/],
    ["http://203.0.113.7/hook", /must use https/],
  ])("refuses %s without the allowance", async (url, message) => {
    await expect(resolveWebhookTarget(url, { allowPrivate: false })).rejects.toThrow(message);
  });

  it("with the allowance, takes private addresses and http, and gives the IPv4 address of a name", async () => {
    const target = await resolveWebhookTarget("http://localhost:9/hook", { allowPrivate: true });
    expect(target).toMatchObject({ address: "127.0.0.1", family: 4 });
    await expect(
      resolveWebhookTarget("https://10.20.30.40/hook", { allowPrivate: true }),
    ).resolves.toMatchObject({ address: "10.20.30.40" });
  });

  it("accepts a public https address (resolving only, nothing is sent)", async () => {
    await expect(
      resolveWebhookTarget("https://93.184.215.14/hook", { allowPrivate: false }),
    ).resolves.toMatchObject({ address: "93.184.215.14", family: 4 });
  });
});

describe("saving a webhook", () => {
  it("is refused for a loopback or private address without the allowance, and nothing is stored", async () => {
    const bot = await registerTestUser({ admin: false, prefix: "hook-refused" });
    for (const webhookUrl of ["https://localhost/hook", "https://10.0.0.7/hook"]) {
      const result = await runAction(
        manageTokenAccount.definition,
        {
          userId: bot.userId,
          maxTokenAgeDays: 30,
          graceMinutes: 60,
          webhookUrl,
          webhookSecret: "s",
        },
        asAdmin,
      );
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/loopback|private/) });
    }
    expect(await db.managedAccount.findUnique({ where: { userId: bot.userId } })).toBeNull();
  });

  it("refuses plain http without the allowance, on the field", async () => {
    const bot = await registerTestUser({ admin: false, prefix: "hook-http" });
    const result = await runAction(
      manageTokenAccount.definition,
      {
        userId: bot.userId,
        maxTokenAgeDays: 30,
        graceMinutes: 60,
        webhookUrl: "http://203.0.113.7/hook",
        webhookSecret: "s",
      },
      asAdmin,
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { webhookUrl: [expect.stringContaining("https")] },
    });
  });

  it("an update to a loopback address is refused too", async () => {
    const bot = await registerTestUser({ admin: false, prefix: "hook-update" });
    const policy = { userId: bot.userId, maxTokenAgeDays: 30, graceMinutes: 60 };
    expect(await runAction(manageTokenAccount.definition, policy, asAdmin)).toMatchObject({
      ok: true,
    });
    const result = await runAction(
      updateTokenPolicy.definition,
      { ...policy, webhookUrl: "https://[::1]/hook", webhookSecret: "s" },
      asAdmin,
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("loopback") });
    const account = await db.managedAccount.findUniqueOrThrow({ where: { userId: bot.userId } });
    expect(account.webhookUrl).toBeNull();
  });
});

describe("delivering a token", () => {
  it("checks the address again: once the allowance is withdrawn, http and then loopback are refused and the receiver gets nothing", async () => {
    const server = await startLocalHttpServer((_request, response) =>
      response.writeHead(204).end(),
    );
    servers.push(server);
    const bot = await registerTestUser({ admin: false, prefix: "hook-withdrawn" });
    const port = new URL(server.url).port;
    const saved = await runAction(
      manageTokenAccount.definition,
      {
        userId: bot.userId,
        maxTokenAgeDays: 30,
        graceMinutes: 60,
        // A name, not an address: delivery resolves it again and connects to what it checked.
        webhookUrl: `http://localhost:${port}/hook/${randomBytes(4).toString("hex")}`,
        webhookSecret: "s3cret",
        webhookAllowPrivate: true,
      },
      asAdmin,
    );
    expect(saved).toMatchObject({ ok: true });

    const allowed = await rotate(bot.userId);
    expect(allowed).toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(1);

    // As if the row had been written before the rules, or the allowance removed behind our back:
    // first plain http is refused, then (on https) the loopback address the name resolves to.
    await db.managedAccount.update({
      where: { userId: bot.userId },
      data: { webhookAllowPrivate: false },
    });
    const onHttp = await rotate(bot.userId);
    expect(onHttp).toMatchObject({ ok: false, error: expect.stringContaining("must use https") });
    await db.managedAccount.update({
      where: { userId: bot.userId },
      data: { webhookUrl: `https://localhost:${port}/hook` },
    });
    const refused = await rotate(bot.userId);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("loopback") });
    expect(server.requests).toHaveLength(1);
    const items = await itemsOf(refused.runId);
    const deliver = items.filter((item) => item.key === `${bot.userId} deliver`);
    expect(deliver.at(-1)).toMatchObject({ ok: false, error: expect.stringContaining("loopback") });
    expect(deliver.at(-1)?.error).not.toContain("localhost");
  });
});

async function rotate(userId: string) {
  const params = { userId };
  const runId = await createTestRun("token_rotation", params, "@webhook-admin:localhost");
  try {
    await tokenRotationKind.run(tokenRotationKind.params.parse(params), testRunContext(runId));
    return { runId, ok: true as const };
  } catch (error) {
    return { runId, ok: false as const, error: (error as Error).message };
  }
}
