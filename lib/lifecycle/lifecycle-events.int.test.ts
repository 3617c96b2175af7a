// Issue 13: an identity system's lifecycle events on the real Synapse, through the route itself.
// With Synapse stopped, 30 events for 10 users are taken (each a policy version) and wait; once
// Synapse is back, the jobs engine applies only each user's latest state, each change once and
// audited. A replay of an ID does nothing, and a bad signature is refused without a side effect.
import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { adminTestClient, uniqueLocalpart } from "@/lib/synapse/testing/synapse-fixture";
import { startSynapseProxy, type Trouble } from "@/lib/synapse/testing/synapse-proxy";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import type { PolicyDocument } from "@/lib/policy/document/schema";
import type { LifecycleEventBody } from "@/lib/schemas/lifecycle";

prepareTestAppEnv();
// The console reaches Synapse through a proxy this file can stop; the checks go to Synapse itself.
const trouble: Trouble = {};
const proxy = await startSynapseProxy(requireEnv("SYNAPSE_URL"), trouble);
process.env.SYNAPSE_URL = proxy.url;

vi.mock("next/headers", () => import("@/lib/api/testing/next-headers-stub"));
const { setRequestHeaders } = await import("@/lib/api/testing/next-headers-stub");
const { db } = await import("@/lib/db");
const { createApiToken } = await import("@/lib/data/api-tokens");
const { startTestJobEngine } = await import("@/lib/jobs/testing/test-job-engine");
const { lifecycleApplyKind } = await import("@/lib/jobs/kinds/lifecycle-apply");
const { replaceLifecycleSecret, saveLifecycleSettings } = await import("./settings");
const { lifecycleSignature } = await import("./signature");
const { recentLifecycleDeactivations } = await import("./recent-deactivations");
const { consoleAccount, saveVouchedPolicy } = await import("@/lib/policy/testing/policy-fixture");
const eventsRoute = await import("@/app/api/v1/lifecycle/events/route");

// Closed after the engine stops (after-hooks run last registered first).
afterAll(() => proxy.close());
await startTestJobEngine({ lifecycle_apply: lifecycleApplyKind });

// The token's maker is an admin: a token never acts above its maker's role now.
const { grantTestRole } = await import("@/lib/actions/testing/console-roles");
await grantTestRole("@lifecycle-test:localhost", "admin");
const { name: tokenName, token } = await createApiToken({
  name: `lifecycle-${randomBytes(4).toString("hex")}`,
  role: "admin",
  expiresInDays: 1,
  createdBy: "@lifecycle-test:localhost",
});
const secret = (await replaceLifecycleSecret("@lifecycle-test:localhost")).secret!;

/** POSTs the body as sent, with a token or a signature. */
function post(body: string, auth: { token?: string; signature?: string }) {
  const headers = setRequestHeaders({
    "content-type": "application/json",
    ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
    ...(auth.signature ? { "x-signature-256": auth.signature } : {}),
  });
  return eventsRoute.POST(
    new NextRequest("http://console.test/api/v1/lifecycle/events", {
      method: "POST",
      headers,
      body,
    }),
  );
}

let clock = Date.parse("2026-12-01T08:00:00Z");
const tag = uniqueLocalpart("lc");

/** Sends an event (every third one signed instead of a token) with a later time than the last. */
async function send(event: Omit<LifecycleEventBody, "id" | "at">, index: number) {
  clock += 60_000;
  const body = JSON.stringify({
    id: `${tag}-${index}`,
    at: new Date(clock).toISOString(),
    ...event,
  });
  const response =
    index % 3 === 0
      ? await post(body, { signature: lifecycleSignature(body, secret) })
      : await post(body, { token });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as { status: string; replay: boolean; policyVersion: number };
}

async function waitUntilNothingWaits() {
  const until = Date.now() + 120_000;
  for (;;) {
    const [waiting, active] = await Promise.all([
      db.lifecycleEvent.count({ where: { eventId: { startsWith: tag }, status: "pending" } }),
      db.jobRun.count({
        where: { kind: "lifecycle_apply", status: { in: ["queued", "running"] } },
      }),
    ]);
    if (waiting === 0 && active === 0) return;
    if (Date.now() > until) throw new Error(`${waiting} events still wait`);
    await delay(200);
  }
}

describe("lifecycle events from an identity system", () => {
  it("waits while Synapse is stopped, then applies each user's latest state once, audited", async () => {
    const { client: checker } = await adminTestClient();
    const service = await consoleAccount();
    const [staffRoom, adminRoom] = await Promise.all(
      ["staff", "admins"].map(async (name) => {
        const room = await service.asConsole((synapse) =>
          synapse.rooms.create({ name: `${name} ${tag}`, preset: "private_chat" }),
        );
        return room!.roomId;
      }),
    );
    const policy: PolicyDocument = {
      schemaVersion: 2,
      managedRoomIds: [staffRoom!, adminRoom!],
      groups: [
        { name: "staff", joinedRooms: [{ roomId: staffRoom! }] },
        { name: "admins", joinedRooms: [{ roomId: adminRoom!, powerLevel: 50 }] },
      ],
      users: [],
    };
    // The joins to the private rooms are the policy's: an admin's, whatever was saved before.
    await saveVouchedPolicy(policy);
    await saveLifecycleSettings(
      { defaultGroup: "staff", adminGroup: "admins", eraseOnRevoke: false },
      "@lifecycle-test:localhost",
    );
    const user = (n: number) => `@${tag}-u${n}:localhost`;

    // u5 and u8 exist before the outage: u5's revoke has an account to deactivate, and u8's two
    // updates change an existing account.
    await send({ type: "created", userId: user(5), displayName: "User 5" }, 100);
    await send({ type: "created", userId: user(8), displayName: "User 8" }, 101);
    await waitUntilNothingWaits();
    expect((await checker.users.get(user(5))).deactivated).toBe(false);
    const since = new Date();

    const events: Array<Omit<LifecycleEventBody, "id" | "at">> = [
      ...[0, 1, 2, 3, 4, 6, 7, 8, 9].map((n) => ({
        type: "created" as const,
        userId: user(n),
        displayName: `User ${n}`,
      })),
      ...[0, 1, 2, 3, 4].map((n) => ({ type: "promoted" as const, userId: user(n) })),
      ...[0, 1, 2].map((n) => ({ type: "demoted" as const, userId: user(n) })),
      { type: "revoked", userId: user(5) },
      { type: "revoked", userId: user(6) },
      { type: "created", userId: user(6), displayName: "User 6 again" },
      { type: "updated", userId: user(7), displayName: "Seven", email: "Seven@Example.org" },
      { type: "updated", userId: user(8), displayName: "Eight A" },
      { type: "updated", userId: user(8), displayName: "Eight B", email: "eight@example.org" },
      { type: "promoted", userId: user(9) },
      { type: "demoted", userId: user(9) },
      { type: "promoted", userId: user(9) },
      { type: "demoted", userId: user(9) },
      { type: "updated", userId: user(3), email: "three@example.org" },
      { type: "updated", userId: user(1), displayName: "One renamed" },
      { type: "updated", userId: user(9), displayName: "Nine" },
    ];
    expect(events).toHaveLength(30);
    expect(new Set(events.map((event) => event.userId)).size).toBe(10);
    trouble.stopped = true;
    try {
      for (const [index, event] of events.entries()) {
        expect(await send(event, index)).toMatchObject({ status: "pending", replay: false });
      }
      // Nothing reaches Synapse while it is stopped: the events wait, in the policy.
      await delay(1_500);
      expect(
        await db.lifecycleEvent.count({
          where: { eventId: { startsWith: tag }, status: "pending" },
        }),
      ).toBe(30);
    } finally {
      trouble.stopped = false;
    }
    await waitUntilNothingWaits();

    const statuses = await db.lifecycleEvent.groupBy({
      by: ["status"],
      where: { eventId: { startsWith: tag } },
      _count: true,
    });
    expect(statuses).toEqual([{ status: "applied", _count: 32 }]);

    // The end state is exactly the coalesced one.
    const staffMembers = await checker.rooms.members(staffRoom!);
    const adminMembers = await checker.rooms.members(adminRoom!);
    const levels = (await checker.rooms.stateOfType(adminRoom!, "m.room.power_levels"))[0]!.content
      .users as Record<string, number>;
    for (const n of [0, 1, 2, 3, 4, 6, 7, 8, 9]) {
      const account = await checker.users.get(user(n));
      expect(account.deactivated, user(n)).toBe(false);
      expect(staffMembers).toContain(user(n));
      expect(adminMembers.includes(user(n)), user(n)).toBe(n === 3 || n === 4);
    }
    expect(levels).toMatchObject({ [user(3)]: 50, [user(4)]: 50 });
    expect((await checker.users.get(user(5))).deactivated).toBe(true);
    expect(staffMembers).not.toContain(user(5));
    expect((await checker.users.get(user(1))).displayname).toBe("One renamed");
    expect((await checker.users.get(user(6))).displayname).toBe("User 6 again");
    expect((await checker.users.get(user(8))).displayname).toBe("Eight B");
    expect((await checker.users.get(user(9))).displayname).toBe("Nine");
    const seven = await checker.users.get(user(7));
    expect(seven.displayname).toBe("Seven");
    expect(seven.threepids.map(({ address }) => address)).toEqual(["seven@example.org"]);
    const eight = await checker.users.get(user(8));
    expect(eight.threepids.map(({ address }) => address)).toEqual(["eight@example.org"]);
    const three = await checker.users.get(user(3));
    expect(three.threepids.map(({ address }) => address)).toEqual(["three@example.org"]);

    // Each change once, all audited and successful; nothing flapped.
    const entries = await db.auditEntry.findMany({
      where: {
        at: { gte: since },
        action: { startsWith: "policy." },
        actorId: { startsWith: "job:" },
      },
      include: { outcome: true },
    });
    const changes = entries.map((entry) =>
      JSON.stringify((entry.input as { action: unknown }).action),
    );
    expect(new Set(changes).size).toBe(changes.length);
    expect(entries.every((entry) => entry.outcome?.outcome === "success")).toBe(true);
    const count = (action: string) => entries.filter((entry) => entry.action === action).length;
    // Created while stopped: u0–u4, u6, u7, u9 (u8 existed; u6's revoke never reached Synapse).
    expect(count("policy.user.create")).toBe(8);
    expect(count("policy.room.join")).toBe(8 + 2);
    expect(count("policy.room.users_set_power_levels")).toBe(1);
    // u8: "Eight A" was never applied, only the latest name and the email.
    expect(count("policy.user.set_display_name")).toBe(1);
    expect(count("policy.user.set_email")).toBe(1);
    expect(count("policy.room.leave")).toBe(1);
    expect(count("policy.user.deactivate")).toBe(1);
    expect(entries).toHaveLength(8 + 10 + 1 + 1 + 1 + 1 + 1);
    const received = await db.auditEntry.findMany({
      where: { at: { gte: since }, action: "lifecycle.event" },
      include: { outcome: true },
    });
    expect(received).toHaveLength(30);
    expect(received.every((entry) => entry.outcome?.outcome === "success")).toBe(true);
    expect(new Set(received.map((entry) => entry.actorId))).toEqual(
      new Set([`token:${tokenName}`, "signature:lifecycle"]),
    );
    const versions = await db.policyVersion.findMany({
      where: { createdAt: { gte: since }, origin: "lifecycle" },
    });
    // u8's second "created" changed nothing in the policy, so made no version.
    expect(versions.length).toBe(29);
    expect(new Set(versions.map((version) => version.author))).toEqual(
      new Set([`token:${tokenName}`, "signature:lifecycle"]),
    );
    // An event vouches for its user only: its version keeps the rights of the one before it.
    expect(versions.every((version) => version.authorRole === null)).toBe(true);
  }, 180_000);

  it("does nothing for a replay or an older event, refuses other content under a taken ID, a future time and a bad signature, without a side effect", async () => {
    const userId = `@${tag}-replay:localhost`;
    const first = await send({ type: "created", userId }, 200);
    expect(first.status).toBe("pending");
    await waitUntilNothingWaits();
    const taken = await db.lifecycleEvent.findFirstOrThrow({ where: { eventId: `${tag}-200` } });
    const latest = await db.policyVersion.count();
    const runs = await db.jobRun.count({ where: { kind: "lifecycle_apply" } });
    const lastEntry = await db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    const body = (fields: Record<string, string>) =>
      JSON.stringify({ type: "revoked", userId, ...fields });

    // The same event again: a replay.
    const same = JSON.stringify({
      id: `${tag}-200`,
      at: taken.at.toISOString(),
      type: "created",
      userId,
    });
    const replay = await post(same, { token });
    expect(await replay.json()).toMatchObject({ status: "applied", replay: true });
    // Other content under the taken ID: refused, not silently dropped.
    const other = await post(body({ id: `${tag}-200`, at: taken.at.toISOString() }), { token });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({
      error: expect.stringContaining("with other content"),
    });
    // An event older than the one taken for the user: superseded, nothing changes.
    const older = await post(body({ id: `${tag}-older`, at: "2026-11-01T00:00:00Z" }), { token });
    expect(await older.json()).toMatchObject({ status: "superseded", policyVersion: null });
    // A time in the future would make every later event look older: refused.
    const future = await post(body({ id: `${tag}-future`, at: "2099-01-01T00:00:00Z" }), { token });
    expect(future.status).toBe(422);

    const forged = body({ id: `${tag}-forged`, at: new Date().toISOString() });
    for (const signature of [lifecycleSignature(forged, "not the secret"), "sha256=00", ""]) {
      const refused = await post(forged, { signature });
      expect(refused.status).toBe(401);
    }
    expect((await post(forged, {})).status).toBe(401);

    expect(await db.lifecycleEvent.count({ where: { eventId: `${tag}-forged` } })).toBe(0);
    expect(await db.lifecycleEvent.count({ where: { eventId: `${tag}-future` } })).toBe(0);
    expect(await db.policyVersion.count()).toBe(latest);
    expect(await db.jobRun.count({ where: { kind: "lifecycle_apply" } })).toBe(runs);
    // Audited: the replay, the refused other content, the superseded and the refused future event;
    // nothing for the bad signatures.
    const after = await db.auditEntry.findMany({
      where: { id: { gt: lastEntry.id } },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(after.map((entry) => [entry.action, entry.outcome?.outcome])).toEqual([
      ["lifecycle.event", "success"],
      ["lifecycle.event", "failure"],
      ["lifecycle.event", "success"],
      ["lifecycle.event", "failure"],
    ]);
    expect((await checkerUser(userId)).deactivated).toBe(false);
  });

  it("holds back revocations above the removal guard over the last hour, one event at a time too", async () => {
    const [first, second] = [`@${tag}-guard-a:localhost`, `@${tag}-guard-b:localhost`];
    await send({ type: "created", userId: first }, 300);
    await send({ type: "created", userId: second }, 301);
    await waitUntilNothingWaits();
    // Room for exactly one more deactivation, whatever earlier tests deactivated this hour.
    const guardCount = (await recentLifecycleDeactivations()) + 1;
    await db.policySettings.upsert({
      where: { homeserverId: "default" },
      create: { guardCount, guardPercent: 10 },
      update: { guardCount },
    });
    try {
      await send({ type: "revoked", userId: first }, 310);
      await waitUntilNothingWaits();
      await send({ type: "revoked", userId: second }, 311);
      await waitUntilNothingWaits();
    } finally {
      await db.policySettings.update({
        where: { homeserverId: "default" },
        data: { guardCount: 10 },
      });
    }
    const events = await db.lifecycleEvent.findMany({
      where: { eventId: { in: [`${tag}-310`, `${tag}-311`] } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.status)).toEqual(["applied", "failed"]);
    expect(events[1]!.error).toContain(
      `in the last 60 minutes, above the removal guard (${guardCount})`,
    );
    expect((await checkerUser(first)).deactivated).toBe(true);
    expect((await checkerUser(second)).deactivated).toBe(false);
  }, 120_000);
});

async function checkerUser(userId: string) {
  const { client } = await adminTestClient();
  return client.users.get(userId);
}
