import { describe, expect, it } from "vitest";
import { reportEvent, sendTextMessage } from "./client-messages";
import { isSynapseError } from "./errors";
import {
  adminTestClient,
  createTestRoom,
  testHttp,
  uniqueLocalpart,
} from "./testing/synapse-fixture";

describe("event reports on the real Synapse", () => {
  it("lists a report by room and sender, reads it with the event, and deletes it", async () => {
    const { admin, client } = await adminTestClient();
    const tag = uniqueLocalpart("reported");
    const roomId = await createTestRoom(admin.token, tag);
    const http = testHttp();
    const eventIds = [];
    for (const n of [1, 2]) {
      const eventId = await sendTextMessage(http, admin.token, {
        roomId,
        body: `${tag} message ${n}`,
        txnId: `${tag}-${n}`,
      });
      await reportEvent(http, admin.token, {
        roomId,
        eventId,
        reason: `${tag} reason ${n}`,
        score: -n,
      });
      eventIds.push(eventId);
    }

    const newestFirst = await client.eventReports.list({ room_id: roomId, limit: 1 });
    expect(newestFirst.total).toBe(2);
    expect(newestFirst.event_reports.map((report) => report.reason)).toEqual([`${tag} reason 2`]);
    expect(newestFirst.next_token).toBe(1);
    const bySender = await client.eventReports.list({
      room_id: roomId,
      event_sender_user_id: admin.userId,
      dir: "f",
    });
    expect(bySender.event_reports.map((report) => report.event_id)).toEqual(eventIds);
    const [first] = bySender.event_reports;

    const detail = await client.eventReports.get(first?.id ?? "");
    expect(detail).toMatchObject({
      room_id: roomId,
      event_id: eventIds[0],
      user_id: admin.userId,
      sender: admin.userId,
      reason: `${tag} reason 1`,
      score: -1,
    });
    expect(detail.event_json).toMatchObject({ content: { body: `${tag} message 1` } });

    await client.eventReports.delete(detail.id);
    const gone = await client.eventReports.get(detail.id).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);
    expect((await client.eventReports.list({ room_id: roomId })).total).toBe(1);
  });
});
