// Outgoing webhooks against a real HTTP receiver on 127.0.0.1 (allowed to private addresses):
// the signature verifies with the secret and timestamp; a 500 then a 200 is retried and delivered
// once; a loopback address is refused when not allowed, at saving and at delivery; redeliver.
import { createHmac } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { registerTestUser } from "@/lib/synapse/testing/synapse-fixture";
import { startLocalHttpServer, type Handler } from "@/lib/synapse/testing/local-http-server";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { createWebhook } = await import("@/lib/actions/create-webhook");
const { updateDisplayName } = await import("@/lib/actions/update-display-name");
const { redeliverDelivery } = await import("@/lib/actions/redeliver-delivery");
const { findSubscriptions } = await import("@/lib/data/event-subscriptions");
const { deliveriesOf, makeDue, pumpOnce } = await import("./testing/outbox-steps");

const admin = { matrixId: "@webhook-notify-admin:localhost", role: "admin" as const };
const asAdmin = async () => admin;

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

type Received = { body: string; headers: Record<string, string | string[] | undefined> };

/** A receiver answering each request with the status `statusOf` gives for its number (1, 2, …). */
async function receiver(statusOf: (count: number) => number) {
  const received: Received[] = [];
  const handler: Handler = (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(statusOf(received.length)).end();
    });
  };
  const server = await startLocalHttpServer(handler);
  servers.push(server);
  return { url: `${server.url}/hook`, received };
}

async function subscribe(url: string, actionPrefix: string, allowPrivate = true) {
  const result = await runAction(
    createWebhook.definition,
    {
      name: `Hook ${actionPrefix}`,
      webhookUrl: url,
      webhookAllowPrivate: allowPrivate,
      actionPrefix,
      outcome: "any",
      jobKind: "",
    },
    asAdmin,
  );
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function renameSomeone(displayName: string) {
  const user = await registerTestUser({ admin: false, prefix: "hook-target" });
  const result = await runAction(
    updateDisplayName.definition,
    { userId: user.userId, displayName },
    asAdmin,
  );
  expect(result).toMatchObject({ ok: true });
  return user.userId;
}

const verify = (secret: string, request: Received) => {
  const timestamp = String(request.headers["x-console-timestamp"]);
  const expected = createHmac("sha256", secret)
    .update(`${timestamp}.${request.body}`)
    .digest("hex");
  return request.headers["x-console-signature"] === `v1=${expected}`;
};

describe("outgoing webhooks", () => {
  it("signs each request with the webhook's secret over the timestamp and the body", async () => {
    const hook = await receiver(() => 204);
    const created = await subscribe(hook.url, "user.set_displayname");
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const userId = await renameSomeone("Signed Sam");
    await pumpOnce();

    expect(hook.received).toHaveLength(1);
    const request = hook.received[0]!;
    expect(verify(created.secret, request)).toBe(true);
    expect(verify("another secret", request)).toBe(false);
    const timestamp = Number(request.headers["x-console-timestamp"]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(120);
    expect(request.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const [delivery] = await deliveriesOf(created.id);
    expect(body).toMatchObject({
      schema: "org.synapse_console.webhook.v1",
      deliveryId: String(delivery!.id),
      event: {
        action: "user.set_displayname",
        outcome: "success",
        actor: admin.matrixId,
        target: { type: "user", id: userId },
        summary: `${admin.matrixId} set ${userId}'s display name to “Signed Sam”.`,
      },
    });
    expect(request.headers["x-console-delivery"]).toBe(String(delivery!.id));
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, receipt: "HTTP 204" });

    // Neither the secret nor the URL reaches the audit log, nor the secret the settings page.
    const audited = await db.auditEntry.findFirstOrThrow({
      where: { action: "webhook.create", targetId: `webhook:Hook user.set_displayname` },
      include: { outcome: true },
      orderBy: { id: "desc" },
    });
    const kept = JSON.stringify({ input: audited.input, result: audited.outcome?.result });
    expect(kept).not.toContain(created.secret);
    expect(kept).toContain("[redacted]");
    expect(JSON.stringify(audited.input)).not.toContain("127.0.0.1");
    const listed = JSON.stringify(await findSubscriptions("webhook"));
    expect(listed).not.toContain(created.secret);
    expect(listed).not.toContain("webhookSecretSealed");
  });

  it("retries a 500 with backoff and delivers once on the 200", async () => {
    const hook = await receiver((count) => (count === 1 ? 500 : 200));
    const created = await subscribe(hook.url, "user.set_displayname");
    await renameSomeone("Retried Rita");

    await pumpOnce();
    const [first] = await deliveriesOf(created.id);
    expect(first).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "The webhook answered 500, not 2xx.",
    });
    const waitMs = first!.nextAttemptAt.getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(20_000);
    expect(waitMs).toBeLessThan(40_000);

    // Not due yet: nothing is sent.
    await pumpOnce();
    expect(hook.received).toHaveLength(1);

    await makeDue(first!.id);
    await pumpOnce();
    await pumpOnce();
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.body).toBe(hook.received[0]!.body);
    expect(verify(created.secret, hook.received[1]!)).toBe(true);
    expect((await deliveriesOf(created.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
      receipt: "HTTP 200",
    });
  });

  it("refuses a loopback address unless allowed: when saving, and again at each delivery", async () => {
    const hook = await receiver(() => 204);
    const port = new URL(hook.url).port;
    const refused = await runAction(
      createWebhook.definition,
      {
        name: "Loopback",
        webhookUrl: `https://127.0.0.1:${port}/hook`,
        webhookAllowPrivate: false,
        actionPrefix: "user.set_displayname",
        outcome: "any",
        jobKind: "",
      },
      asAdmin,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringContaining("a loopback address"),
    });
    const onHttp = await runAction(
      createWebhook.definition,
      {
        name: "Plain http",
        webhookUrl: hook.url,
        webhookAllowPrivate: false,
        actionPrefix: "",
        outcome: "any",
        jobKind: "",
      },
      asAdmin,
    );
    expect(onHttp).toMatchObject({
      ok: false,
      fieldErrors: { webhookUrl: [expect.stringContaining("https")] },
    });
    expect(
      await db.eventSubscription.count({ where: { name: { in: ["Loopback", "Plain http"] } } }),
    ).toBe(0);

    // Saved with the allowance, which is then taken away (or the row was written before the rules).
    const created = await subscribe(hook.url, "user.set_displayname");
    await db.eventSubscription.update({
      where: { id: created.id },
      data: { webhookAllowPrivate: false, webhookUrl: `https://127.0.0.1:${port}/hook` },
    });
    await renameSomeone("Never Sent");
    await pumpOnce();
    const [delivery] = await deliveriesOf(created.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 1 });
    expect(delivery!.lastError).toContain("is 127.0.0.1, a loopback address");
    expect(hook.received).toHaveLength(0);
  });

  it("marks a delivery failed after its last attempt, and an admin redelivers it", async () => {
    let status = 503;
    const hook = await receiver(() => status);
    const created = await subscribe(hook.url, "user.set_displayname");
    await renameSomeone("Failing Fred");
    await pumpOnce();
    const [delivery] = await deliveriesOf(created.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 });

    // As if six more attempts had failed over the last hour: the eighth is the last.
    await db.eventDelivery.update({ where: { id: delivery!.id }, data: { attempts: 7 } });
    await makeDue(delivery!.id);
    await pumpOnce();
    expect((await deliveriesOf(created.id))[0]).toMatchObject({
      status: "failed",
      attempts: 8,
      lastError: "The webhook answered 503, not 2xx.",
    });

    status = 200;
    const again = await runAction(
      redeliverDelivery.definition,
      { id: String(delivery!.id) },
      asAdmin,
    );
    expect(again).toMatchObject({ ok: true, data: { name: "Hook user.set_displayname" } });
    await pumpOnce();
    expect((await deliveriesOf(created.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 1,
      redeliveries: 1,
    });
    expect(hook.received).toHaveLength(3);
    const ids = hook.received.map((request) => request.headers["x-console-delivery"]);
    expect(new Set(ids)).toEqual(new Set([String(delivery!.id)]));

    const notFailed = await runAction(
      redeliverDelivery.definition,
      { id: String(delivery!.id) },
      asAdmin,
    );
    expect(notFailed).toMatchObject({ ok: false });
    const missing = await runAction(redeliverDelivery.definition, { id: "999999999" }, asAdmin);
    expect(missing).toMatchObject({ ok: false, error: "That delivery does not exist (any more)." });
  });

  it("refuses everyone but admins, before anything is audited", async () => {
    const operator = async () => ({
      matrixId: "@hook-operator:localhost",
      role: "operator" as const,
    });
    const result = await runAction(
      createWebhook.definition,
      {
        name: "Not mine",
        webhookUrl: "https://hooks.example.org/x",
        webhookAllowPrivate: false,
        actionPrefix: "",
        outcome: "any",
        jobKind: "",
      },
      operator,
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect(await db.auditEntry.count({ where: { actorId: "@hook-operator:localhost" } })).toBe(0);
  });
});
