import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { sendTextMessage } from "@/lib/synapse/client-messages";
import { createRoom } from "@/lib/synapse/client-rooms";
import {
  addSpaceChild,
  createSpace,
  redactEvent,
  sendFakeEncryptedEvent,
} from "@/lib/synapse/testing/room-events";
import { findAuditRecords } from "../fixtures/audit";
import { seedEventReport } from "../fixtures/reports";
import { uniqueRoomPrefix } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

const http = () =>
  createSynapseHttp({ baseUrl: synapseUrl(), timeoutMs: 15_000, maxRetryWaitMs: 10_000 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const roomPath = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`;
const rows = (page: Page) => page.getByTestId("timeline-row");
const bodies = (page: Page) => rows(page).getByTestId("timeline-body").allTextContents();

/**
 * A private room where a plain member wrote twelve messages (one with HTML in it), redacted one,
 * turned on encryption and sent an encrypted event; the console's admin is not in it. Message 4 is
 * sent alone in its second, so a jump to its time lands on it.
 */
async function seedTimelineRoom() {
  const alice = await registerUniqueUser("timeline");
  const name = `${uniqueRoomPrefix("timeline")} chat`;
  const roomId = await createRoom(http(), alice.accessToken, { name, preset: "private_chat" });
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    if (i === 4 || i === 5) await sleep(1_100);
    const body =
      i === 7 ? `message 7 <b>not bold</b> <img src=x onerror=alert(1)>` : `message ${i}`;
    ids.push(
      await sendTextMessage(http(), alice.accessToken, {
        roomId,
        body,
        txnId: randomBytes(8).toString("hex"),
      }),
    );
  }
  await redactEvent(http(), alice.accessToken, { roomId, eventId: ids[9]!, reason: "typo" });
  const encryptedId = await sendFakeEncryptedEvent(http(), alice.accessToken, roomId);
  return { alice, roomId, name, ids, encryptedId };
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin, timezoneId: "UTC" });

  test("reads a room's timeline newest first, pages older and newer, and jumps to a date", async ({
    page,
  }) => {
    const { alice, roomId, name, ids, encryptedId } = await seedTimelineRoom();
    const synapse = await synapseAsAdmin();
    // The console's account reads the room through the admin API without being in it.
    expect(await synapse.rooms.members(roomId)).toEqual([alice.id]);

    await page.goto(roomPath(roomId));
    await page.getByRole("link", { name: "Timeline", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Timeline of ${name}` }),
    ).toBeVisible();
    await expect(page.getByTestId("timeline-range")).toHaveText(/^The newest \d+ events$/);

    // Newest first: the encrypted event, the encryption switched on, the redaction, then messages.
    const first = rows(page).first();
    await expect(first).toHaveAttribute("data-event-id", encryptedId);
    await expect(first).toHaveAttribute("data-kind", "encrypted");
    await expect(first).toContainText("Encrypted");
    await expect(first).toContainText("encrypted (m.megolm.v1.aes-sha2)");
    await expect(first).toContainText("m.room.encrypted");
    await expect(first.getByRole("link", { name: alice.id })).toHaveAttribute(
      "href",
      `/users/${encodeURIComponent(alice.id)}`,
    );
    await expect(rows(page).nth(1)).toContainText("turned on end-to-end encryption");
    const redacted = page.locator(`[data-event-id="${ids[9]}"]`);
    await expect(redacted).toHaveAttribute("data-kind", "redacted");
    await expect(redacted).toContainText("Redacted");
    await expect(redacted).not.toContainText("message 9");
    // The HTML someone wrote is shown as the text it is: no bold, no image.
    const html = page.locator(`[data-event-id="${ids[7]}"]`);
    await expect(html.getByTestId("timeline-body")).toHaveText(
      "message 7 <b>not bold</b> <img src=x onerror=alert(1)>",
    );
    await expect(html.locator("b, img")).toHaveCount(0);
    await shoot(page, "room-timeline");

    // Ten a page: Older walks back to the room's creation, Newer walks back up.
    await page.goto(`${roomPath(roomId)}/timeline?limit=10`);
    const newest = await bodies(page);
    expect(newest).toHaveLength(10);
    await expect(page.getByRole("link", { name: "Newer" })).toHaveCount(0);
    await page.getByRole("link", { name: "Older" }).click();
    await expect(page).toHaveURL(/from=/);
    await expect(rows(page).first()).toHaveAttribute("data-event-id", ids[4]!);
    await expect(rows(page).nth(4)).toHaveAttribute("data-event-id", ids[0]!);
    // Newer from here is the newest page again, with nothing newer above it.
    await page.getByRole("link", { name: "Newer" }).click();
    await expect(rows(page).first()).toHaveAttribute("data-event-id", encryptedId);
    expect(await bodies(page)).toEqual(newest);
    await expect(page.getByRole("link", { name: "Newer" })).toHaveCount(0);
    // Older to the end: the room's creation, and no link to an empty page after it.
    for (
      let pages = 0;
      pages < 5 && (await page.getByRole("link", { name: "Older" }).count());
      pages++
    ) {
      const top = await rows(page).first().getAttribute("data-event-id");
      await page.getByRole("link", { name: "Older" }).click();
      await expect(rows(page).first()).not.toHaveAttribute("data-event-id", top ?? "");
    }
    await expect(rows(page).last()).toContainText("created the room");
    await expect(page.getByRole("link", { name: "Older" })).toHaveCount(0);

    // Messages only leaves the state events out.
    await page.getByRole("link", { name: "Messages only" }).click();
    await expect(page).toHaveURL(/show=messages/);
    await expect(rows(page).filter({ hasText: "turned on end-to-end encryption" })).toHaveCount(0);
    await expect(rows(page).first()).toHaveAttribute("data-kind", "encrypted");

    // Jump to message 4's second: it heads the page, marked, with the older ones under it.
    const fourth = (await synapse.rooms.eventContext(roomId, ids[4]!, 0)).event;
    // The next whole second after it: message 5 came more than a second later.
    const at = new Date(Math.floor(fourth.origin_server_ts / 1000) * 1000 + 1000);
    await page.getByRole("link", { name: "All events" }).click();
    // The jump keeps the page's filter: wait for All events, or state events would be left out.
    await expect(page).not.toHaveURL(/show=messages/);
    await expect(page.getByText("Newest first, every event.")).toBeVisible();
    await page.getByLabel("Jump to (your time zone)").fill(at.toISOString().slice(0, 19));
    await page.getByRole("button", { name: "Jump" }).click();
    await expect(page).toHaveURL(/at=\d+/);
    await expect(rows(page).first()).toHaveAttribute("data-event-id", ids[4]!);
    await expect(rows(page).first()).toHaveAttribute("aria-current", "true");
    await expect(rows(page).nth(1)).toHaveAttribute("data-event-id", ids[3]!);
    await page.getByRole("link", { name: "Newer" }).click();
    await expect(rows(page).last()).toHaveAttribute("data-event-id", ids[5]!);

    // Before the room existed: said so, and the room's first events follow.
    await page.getByLabel("Jump to (your time zone)").fill("2001-01-01T00:00:00");
    await page.getByRole("button", { name: "Jump" }).click();
    await expect(page.getByTestId("timeline-notice")).toContainText(
      "The room has no event at or before 2001-01-01 00:00 UTC",
    );
    await expect(rows(page).first()).toContainText("created the room");
  });

  test("lists a room's forward extremities and deletes the extra ones after confirming", async ({
    page,
  }) => {
    const owner = await registerUniqueUser("extremities");
    const name = `${uniqueRoomPrefix("extremities")} room`;
    const roomId = await createRoom(http(), owner.accessToken, { name, preset: "private_chat" });
    const synapse = await synapseAsAdmin();
    const [extremity] = (await synapse.rooms.forwardExtremities(roomId)).results;

    await page.goto(roomPath(roomId));
    const card = page.locator("#forward-extremities");
    await expect(card.getByTestId("extremities-count")).toHaveText("1 forward extremity: normal.");
    await expect(card.getByTestId("extremity-row")).toHaveCount(1);
    await expect(card.getByTestId("extremity-row")).toContainText(extremity?.event_id ?? "?");

    await card.getByRole("button", { name: "Delete extra extremities" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(
      "which is normal: Synapse keeps the newest, so nothing will be deleted.",
    );
    await dialog.getByRole("button", { name: "Delete extremities" }).click();
    await expect(page.getByText(`Deleted 0 forward extremities of ${name}; 1 left.`)).toBeVisible();
    await expect(card.getByTestId("extremities-count")).toHaveText("1 forward extremity: normal.");
    expect(
      (await synapse.rooms.forwardExtremities(roomId)).results.map((row) => row.event_id),
    ).toEqual([extremity?.event_id]);

    const audit = await findAuditRecords("room.delete_forward_extremities", roomId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: process.env.E2E_ADMIN_USER,
      outcome: "success",
      input: { roomId },
      changes: [{ field: "forward_extremities", from: 1, to: 1 }],
    });
  });

  test("shows a space's rooms as a tree, each linking to its page", async ({ page }) => {
    const owner = await registerUniqueUser("space");
    const prefix = uniqueRoomPrefix("space");
    const spaceId = await createSpace(http(), owner.accessToken, `${prefix} space`);
    const chat = await createRoom(http(), owner.accessToken, {
      name: `${prefix} chat`,
      preset: "private_chat",
    });
    const news = await createRoom(http(), owner.accessToken, {
      name: `${prefix} news`,
      preset: "private_chat",
    });
    const server = owner.id.split(":")[1] ?? "localhost";
    for (const child of [chat, news])
      await addSpaceChild(http(), owner.accessToken, spaceId, child, server);

    await page.goto(roomPath(spaceId));
    const tree = page.getByRole("list", { name: "Rooms in this space" });
    const lines = tree.getByTestId("space-tree-line");
    await expect(lines).toHaveCount(3);
    await expect(lines.first()).toHaveAttribute("data-depth", "0");
    await expect(lines.first()).toContainText(`${prefix} space`);
    await expect(lines.first()).toContainText("Space");
    for (const [roomId, label] of [
      [chat, `${prefix} chat`],
      [news, `${prefix} news`],
    ] as const) {
      const line = lines.filter({ hasText: label });
      await expect(line).toHaveAttribute("data-depth", "1");
      await expect(line.getByRole("link", { name: label })).toHaveAttribute(
        "href",
        roomPath(roomId),
      );
    }
    await shoot(page.locator("#space-children"), "space-tree");
    await tree.getByRole("link", { name: `${prefix} news` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${prefix} news` })).toBeVisible();
    // A plain room has no tree.
    await expect(page.locator("#space-children")).toHaveCount(0);
  });

  test("shows the reported event on its report's page and the timeline around it", async ({
    page,
  }) => {
    const tag = randomBytes(4).toString("hex");
    const body = `report me ${tag}\nsecond line <i>plain</i>`;
    const { reporter, roomId, eventId } = await seedEventReport({ body, reason: `rude ${tag}` });
    const synapse = await synapseAsAdmin();
    const [report] = (await synapse.eventReports.list({ room_id: roomId })).event_reports;

    await page.goto(`/reports/${report?.id ?? ""}`);
    await expect(page.getByTestId("reported-event-sender")).toHaveText(reporter.id);
    await expect(page.getByTestId("reported-event-type")).toHaveText("m.room.message");
    await expect(page.getByTestId("reported-event-time")).toHaveText(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/,
    );
    await expect(page.getByTestId("reported-event-body")).toHaveText(body);
    await expect(page.getByTestId("reported-event-body").locator("i")).toHaveCount(0);
    await shoot(page, "reported-event");

    await page.getByTestId("reported-event-timeline").click();
    await expect(page).toHaveURL(/\/timeline\?event=/);
    const marked = rows(page).and(page.locator('[aria-current="true"]'));
    await expect(marked).toHaveAttribute("data-event-id", eventId);
    await expect(marked.getByTestId("timeline-body")).toHaveText(body);
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("cannot read a room's timeline or delete its extremities, but sees them counted", async ({
    page,
  }) => {
    const owner = await registerUniqueUser("optimeline");
    const name = `${uniqueRoomPrefix("optimeline")} room`;
    const roomId = await createRoom(http(), owner.accessToken, { name, preset: "private_chat" });

    await page.goto(roomPath(roomId));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Timeline", exact: true })).toHaveCount(0);
    await expect(page.getByTestId("extremities-count")).toHaveText("1 forward extremity: normal.");
    await expect(page.getByRole("button", { name: "Delete extra extremities" })).toHaveCount(0);

    await page.goto(`${roomPath(roomId)}/timeline`);
    await expect(page).toHaveURL(/\/needs-role\?role=admin$/);
    await expect(page.getByTestId("timeline-row")).toHaveCount(0);
  });
});
