// Notifications to a Matrix room on the real Synapse: a rule matches an audited change and the
// service account's notice arrives in the room, read back as a member reads it; a non-matching
// event sends nothing; a sender that dies between Synapse's answer and its own record sends once;
// a room the service account was removed from is a failed delivery saying so, and redeliver works.
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { createTestRoom, registerTestUser } from "@/lib/synapse/testing/synapse-fixture";
import {
  inviteToRoom,
  kickFromTestRoom,
  readRoomMessages,
} from "@/lib/synapse/testing/room-members";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { runAudited } = await import("@/lib/audit/run-audited");
const { createNotificationRule } = await import("@/lib/actions/create-notification-rule");
const { updateDisplayName } = await import("@/lib/actions/update-display-name");
const { redeliverDelivery } = await import("@/lib/actions/redeliver-delivery");
const { getServiceSynapse } = await import("@/lib/homeserver/service-synapse");
const { getServiceUserId } = await import("@/lib/homeserver/service-user-id");
const { sendDueDeliveries } = await import("./send-deliveries");
const { sendToRoom } = await import("./send-to-room");
const { createTestRun } = await import("@/lib/devices/testing/test-run");
const { finishRun } = await import("@/lib/jobs/run-store");
const { deliveriesOf, pumpOnce, queueAll } = await import("./testing/outbox-steps");

const admin = { matrixId: "@notify-admin:localhost", role: "admin" as const };
const asAdmin = async () => admin;
const serviceId = await getServiceUserId(await getServiceSynapse());
const owner = await registerTestUser({ admin: false, prefix: "notify-owner" });

const NOTICE_KEY = "org.synapse_console.notification";

/** A room of the owner's with the service account invited (the rule's save accepts it). */
async function roomWithServiceInvited(name: string) {
  const roomId = await createTestRoom(owner.token, name);
  await inviteToRoom(owner.token, roomId, serviceId);
  return roomId;
}

async function createRule(fields: {
  room: string;
  actionPrefix: string;
  outcome?: "any" | "success" | "failure";
  jobKind?: "" | "device_scan" | "policy_reconcile";
}) {
  const result = await runAction(
    createNotificationRule.definition,
    { name: `Rule ${fields.actionPrefix}`, outcome: "any", jobKind: "", ...fields },
    asAdmin,
  );
  if (!result.ok) throw new Error(result.error);
  const rule = await db.eventSubscription.findFirstOrThrow({ where: { id: result.data.id } });
  return rule;
}

/** A real audited change: an admin sets a fresh user's display name. */
async function renameSomeone(displayName: string) {
  const user = await registerTestUser({ admin: false, prefix: "notify-target" });
  const result = await runAction(
    updateDisplayName.definition,
    { userId: user.userId, displayName },
    asAdmin,
  );
  expect(result).toMatchObject({ ok: true });
  return user.userId;
}

const noticesIn = async (roomId: string) =>
  (await readRoomMessages(owner.token, roomId)).filter((event) => event.sender === serviceId);

describe("notifications to a Matrix room", () => {
  it("a rule's matching change arrives as an m.notice with a readable body and the event under the namespaced key", async () => {
    const roomId = await roomWithServiceInvited("Notify ops");
    const rule = await createRule({
      room: roomId,
      actionPrefix: "user.set_displayname",
      outcome: "success",
    });
    // Saving the rule accepted the invitation.
    expect(await (await getServiceSynapse()).users.joinedRooms(serviceId)).toContain(roomId);

    const userId = await renameSomeone("Ada Notified");
    const counts = await pumpOnce();
    expect(counts.delivered).toBeGreaterThanOrEqual(1);

    const [delivery, ...more] = await deliveriesOf(rule.id);
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastError: null });
    const notices = await noticesIn(roomId);
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.event_id).toBe(delivery!.receipt);
    expect(notice.content).toMatchObject({
      msgtype: "m.notice",
      body: `${admin.matrixId} set ${userId}'s display name to “Ada Notified”.`,
      [NOTICE_KEY]: {
        schema: "org.synapse_console.notification.v1",
        action: "user.set_displayname",
        outcome: "success",
        actor: admin.matrixId,
        target: { type: "user", id: userId },
        error: null,
        jobKind: null,
      },
    });
    const structured = notice.content[NOTICE_KEY] as { at: string; id: string };
    expect(Date.parse(structured.at)).toBeGreaterThan(Date.now() - 120_000);
    expect(structured.id).toBe(delivery!.eventKey);

    // The send itself is in the audit log, as the console's own actor.
    const sent = await db.auditEntry.findFirst({
      where: { action: "notification.send", targetId: roomId },
      include: { outcome: true },
    });
    expect(sent).toMatchObject({
      actorId: "console:notifications",
      outcome: { outcome: "success" },
    });
  });

  it("sends nothing for an event that does not match, and never notifies its own sends", async () => {
    const roomId = await roomWithServiceInvited("Notify quiet");
    const onFailure = await createRule({
      room: roomId,
      actionPrefix: "user.set_displayname",
      outcome: "failure",
    });
    const otherAction = await createRule({ room: roomId, actionPrefix: "room.set_blocked" });
    await renameSomeone("Not for this rule");
    await pumpOnce();
    expect(await deliveriesOf(onFailure.id)).toEqual([]);
    expect(await deliveriesOf(otherAction.id)).toEqual([]);
    expect(await noticesIn(roomId)).toEqual([]);
  });

  it("a sender that died after Synapse took the message but before recording it sends it only once", async () => {
    const roomId = await roomWithServiceInvited("Notify crash");
    const rule = await createRule({ room: roomId, actionPrefix: "user.set_displayname" });
    await renameSomeone("Sent once");
    await queueAll();
    const [queued] = await deliveriesOf(rule.id);
    expect(queued).toMatchObject({ status: "pending", attempts: 0 });

    // The first sender claims it, Synapse takes the message, and the process dies there.
    const [claimed] = await db.$queryRaw<Array<{ attempts: number }>>`
      UPDATE event_delivery SET attempts = attempts + 1, locked_until = now() + interval '2 minutes'
      WHERE id = ${queued!.id} RETURNING attempts`;
    const firstEventId = await sendToRoom({
      id: queued!.id,
      event: queued!.event as never,
      attempts: claimed!.attempts,
      redeliveries: 0,
      destination: "room",
      roomId,
      webhookUrl: null,
      webhookSecretSealed: null,
      webhookAllowPrivate: false,
    });
    // A fresh sender skips it while the dead one's lease lasts…
    await sendDueDeliveries();
    expect((await deliveriesOf(rule.id))[0]).toMatchObject({ status: "pending", attempts: 1 });
    // …and takes it over once the lease has run out, with the same transaction ID.
    await db.eventDelivery.update({
      where: { id: queued!.id },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    await Promise.all([sendDueDeliveries(), sendDueDeliveries()]);
    expect((await deliveriesOf(rule.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
      receipt: firstEventId,
    });
    expect(await noticesIn(roomId)).toHaveLength(1);
  });

  it("a room the service account was removed from fails with a sentence saying so, and redeliver sends it once it is back", async () => {
    const roomId = await roomWithServiceInvited("Notify kicked");
    const rule = await createRule({ room: roomId, actionPrefix: "user.set_displayname" });
    await kickFromTestRoom(owner.token, roomId, serviceId);

    await renameSomeone("Nobody hears this");
    await pumpOnce();
    const [failed] = await deliveriesOf(rule.id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed!.lastError).toContain(
      `The console's service account ${serviceId} is not in the room ${roomId} or may not post there (M_FORBIDDEN): invite it to the room, then redeliver.`,
    );
    const refused = await db.auditEntry.findFirst({
      where: { action: "notification.send", targetId: roomId },
      include: { outcome: true },
    });
    expect(refused?.outcome).toMatchObject({ outcome: "failure", errorCode: "M_FORBIDDEN" });

    // Invited again and joined; an admin redelivers.
    await inviteToRoom(owner.token, roomId, serviceId);
    await runAudited({ actor: { id: "test" }, action: "test.setup" }, async () =>
      (await getServiceSynapse()).rooms.joinAsService(roomId),
    );
    const again = await runAction(
      redeliverDelivery.definition,
      { id: String(failed!.id) },
      asAdmin,
    );
    expect(again).toMatchObject({ ok: true });
    expect((await deliveriesOf(rule.id))[0]).toMatchObject({ status: "pending", redeliveries: 1 });
    await pumpOnce();
    expect((await deliveriesOf(rule.id))[0]).toMatchObject({ status: "delivered", attempts: 1 });
    const notices = await noticesIn(roomId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content.body).toContain("Nobody hears this");

    const twice = await runAction(
      redeliverDelivery.definition,
      { id: String(failed!.id) },
      asAdmin,
    );
    expect(twice).toMatchObject({ ok: false, error: expect.stringContaining("was delivered") });
  });

  it("a rule for a room the service account cannot join is refused and saves nothing", async () => {
    const roomId = await createTestRoom(owner.token, "Notify closed");
    const result = await runAction(
      createNotificationRule.definition,
      { name: "Closed", room: roomId, actionPrefix: "", outcome: "any", jobKind: "" },
      asAdmin,
    );
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        `${serviceId} is not in the room ${roomId} and may not join it`,
      ),
    });
    expect(await db.eventSubscription.count({ where: { roomId } })).toBe(0);
  });

  it("job runs that fail, and a reconcile that found drift, are events of their own", async () => {
    const roomId = await roomWithServiceInvited("Notify jobs");
    const failedJobs = await createRule({
      room: roomId,
      actionPrefix: "job.finished",
      outcome: "failure",
      jobKind: "device_scan",
    });
    const drift = await createRule({ room: roomId, actionPrefix: "policy.drift_found" });

    const scan = await createTestRun("device_scan", {});
    await finishRun(scan, { status: "failed", error: "Synapse cannot be reached." });
    const fine = await createTestRun("device_scan", {});
    await finishRun(fine, { status: "succeeded", summary: {} });
    const reconcile = await createTestRun("policy_reconcile", { mode: "report" });
    await finishRun(reconcile, {
      status: "succeeded",
      summary: { mode: "report", policyVersion: 4, actionCount: 3, removals: 1, driftAfter: null },
    });
    await pumpOnce();

    const [failedRun, ...noMore] = await deliveriesOf(failedJobs.id);
    expect(noMore).toEqual([]);
    expect(failedRun).toMatchObject({ status: "delivered" });
    expect(failedRun!.event).toMatchObject({
      action: "job.finished",
      outcome: "failure",
      jobKind: "device_scan",
      runId: scan,
      summary: "A Device scan run failed: Synapse cannot be reached.",
    });
    const [found] = await deliveriesOf(drift.id);
    expect(found!.event).toMatchObject({
      action: "policy.drift_found",
      runId: reconcile,
      detail: { actionCount: 3, removals: 1, policyVersion: 4 },
      summary:
        "Policy drift found by a Policy reconcile run: Synapse needs 3 actions (1 removal) to match policy version 4.",
    });
    const bodies = (await noticesIn(roomId)).map((notice) => notice.content.body);
    expect(bodies.sort()).toEqual([
      "A Device scan run failed: Synapse cannot be reached.",
      "Policy drift found by a Policy reconcile run: Synapse needs 3 actions (1 removal) to match policy version 4.",
    ]);
  });
});
