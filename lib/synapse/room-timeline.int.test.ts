import { describe, expect, it } from "vitest";
import { parseTimelineSearch, timelineAnchor } from "@/lib/schemas/room-timeline";
import { describeEvent } from "@/lib/timeline/describe-event";
import {
  loadTimelinePage,
  NEWER_AROUND_EVENT,
  type TimelinePage,
} from "@/lib/timeline/load-timeline";
import { sendTextMessage } from "./client-messages";
import { isSynapseError } from "./errors";
import {
  adminTestClient,
  createTestRoom,
  registerTestUser,
  testHttp,
} from "./testing/synapse-fixture";
import { redactEvent, sendFakeEncryptedEvent } from "./testing/room-events";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A room where a plain member sent seven messages, a little apart, and redacted the third. */
async function seedConversation() {
  const { client } = await adminTestClient();
  const alice = await registerTestUser({ admin: false, prefix: "timeline" });
  const http = testHttp();
  const roomId = await createTestRoom(alice.token, "Timeline room");
  const sent: Array<{ id: string; body: string }> = [];
  for (let i = 0; i < 7; i++) {
    const body = `message ${i} <b>not bold</b>`;
    sent.push({
      id: await sendTextMessage(http, alice.token, { roomId, body, txnId: `m${i}` }),
      body,
    });
    await sleep(15);
  }
  await redactEvent(http, alice.token, { roomId, eventId: sent[2]!.id, reason: "typo" });
  return { client, alice, http, roomId, sent };
}

const ids = (page: TimelinePage) => page.events.map((event) => event.event_id);

describe("a room's timeline through the admin API", () => {
  it("reads a room the admin is not in, newest first, with the redacted event emptied and marked", async () => {
    const { client, roomId, sent, alice } = await seedConversation();
    const answer = await client.rooms.messages(roomId, { dir: "b", limit: 100 });
    const messages = answer.chunk.filter((event) => event.type === "m.room.message");
    expect(messages.map((event) => event.event_id)).toEqual(sent.map((m) => m.id).reverse());
    expect(answer.chunk[0]?.type).toBe("m.room.redaction");
    expect(answer.chunk.at(-1)?.type).toBe("m.room.create");

    const redacted = messages.find((event) => event.event_id === sent[2]!.id);
    expect(redacted?.content).toEqual({});
    expect(describeEvent(redacted!)).toEqual({ kind: "redacted", text: "redacted" });
    const plain = messages.find((event) => event.event_id === sent[3]!.id);
    expect(describeEvent(plain!)).toMatchObject({ kind: "message", text: sent[3]!.body });
    expect(plain?.sender).toBe(alice.userId);

    const onlyMessages = await client.rooms.messages(roomId, {
      dir: "b",
      limit: 100,
      filter: { types: ["m.room.message"] },
    });
    expect(onlyMessages.chunk).toHaveLength(7);
  });

  it("shows an encrypted event as encrypted, its ciphertext unread", async () => {
    const { client } = await adminTestClient();
    const bob = await registerTestUser({ admin: false, prefix: "crypt" });
    const roomId = await createTestRoom(bob.token, "Encrypted room");
    const eventId = await sendFakeEncryptedEvent(testHttp(), bob.token, roomId);
    expect((await client.rooms.get(roomId)).encryption).toBe("m.megolm.v1.aes-sha2");
    const [newest, before] = (await client.rooms.messages(roomId, { dir: "b", limit: 2 })).chunk;
    expect(newest).toMatchObject({ event_id: eventId, type: "m.room.encrypted" });
    expect(describeEvent(newest!)).toEqual({
      kind: "encrypted",
      text: "encrypted (m.megolm.v1.aes-sha2)",
    });
    expect(describeEvent(before!)).toEqual({
      kind: "state",
      text: "turned on end-to-end encryption (m.megolm.v1.aes-sha2)",
    });
  });

  it("pages back with Synapse's tokens to the room's first event, each event once, and forward again", async () => {
    const { client, roomId } = await seedConversation();
    const all = (await client.rooms.messages(roomId, { dir: "b", limit: 100 })).chunk.map(
      (event) => event.event_id,
    );
    const search = { ...parseTimelineSearch({}), limit: 3 };
    const pages: TimelinePage[] = [
      await loadTimelinePage(client, roomId, search, { kind: "newest" }),
    ];
    expect(pages[0]!.newer).toBeNull();
    while (pages.at(-1)!.older) {
      pages.push(await loadTimelinePage(client, roomId, search, pages.at(-1)!.older!));
      expect(pages.length).toBeLessThan(20);
    }
    expect(pages.flatMap(ids)).toEqual(all);
    // The last page holds the room's creation and offers nothing older: no empty page after it.
    expect(pages.at(-1)!.events.at(-1)?.type).toBe("m.room.create");
    expect(pages.at(-1)!.events.length).toBeGreaterThan(0);

    // Newer from the third page is the second page again, shown newest first.
    const third = pages[2]!;
    expect(third.newer).not.toBeNull();
    const back = await loadTimelinePage(client, roomId, search, third.newer!);
    expect(ids(back)).toEqual(ids(pages[1]!));
    expect(back.older).not.toBeNull();
    const again = await loadTimelinePage(client, roomId, search, back.older!);
    expect(ids(again)).toEqual(ids(third));
    // Paging forward to the newest page ends there, with no link to an empty page.
    const newest = await loadTimelinePage(client, roomId, search, back.newer!);
    expect(ids(newest)).toEqual(ids(pages[0]!));
    expect(newest.newer).toBeNull();
  });

  it("jumps to a date: the last event at or before it heads the page; before the room, its first", async () => {
    const { client, roomId, sent } = await seedConversation();
    const fourth = (await client.rooms.eventContext(roomId, sent[3]!.id, 0)).event;
    const found = await client.rooms.eventAt(roomId, fourth.origin_server_ts + 5, "b");
    expect(found.event_id).toBe(sent[3]!.id);

    const search = { ...parseTimelineSearch({}), limit: 3 };
    const page = await loadTimelinePage(client, roomId, search, {
      kind: "date",
      at: fourth.origin_server_ts + 5,
    });
    expect(ids(page)).toEqual([sent[3]!.id, sent[2]!.id, sent[1]!.id]);
    expect(page.highlight).toBe(sent[3]!.id);
    expect(page.notice).toBeUndefined();
    const newer = await loadTimelinePage(client, roomId, search, page.newer!);
    expect(ids(newer).at(-1)).toBe(sent[4]!.id);

    const early = await loadTimelinePage(client, roomId, search, { kind: "date", at: 1_000 });
    expect(early.notice).toMatch(
      /^The room has no event at or before 1970-01-01 00:00 UTC; its first event is on /,
    );
    expect(early.events.map((event) => event.type)).toEqual(["m.room.create"]);
    expect(early.older).toBeNull();

    const missing = await client.rooms.eventAt(roomId, 1_000, "b").catch((error: unknown) => error);
    expect(isSynapseError(missing, "not_found")).toBe(true);
  });

  it("shows an event with a few newer ones above it, and says so when the event is not there", async () => {
    const { client, roomId, sent } = await seedConversation();
    const search = parseTimelineSearch({});
    const page = await loadTimelinePage(
      client,
      roomId,
      search,
      timelineAnchor({ ...search, event: sent[1]!.id }),
    );
    const position = ids(page).indexOf(sent[1]!.id);
    // Above it: the five newer events (messages 2 to 5 and 6), none of the newest beyond.
    expect(position).toBe(NEWER_AROUND_EVENT);
    expect(ids(page).slice(0, position)).toEqual([
      sent[6]!.id,
      sent[5]!.id,
      sent[4]!.id,
      sent[3]!.id,
      sent[2]!.id,
    ]);
    expect(page.highlight).toBe(sent[1]!.id);
    expect(page.newer).not.toBeNull();

    const unknown = await loadTimelinePage(client, roomId, search, {
      kind: "event",
      eventId: "$doesnotexist",
    });
    expect(unknown.notice).toContain("There is no event $doesnotexist in this room");
    expect(unknown.events[0]?.type).toBe("m.room.redaction");
  });
});
