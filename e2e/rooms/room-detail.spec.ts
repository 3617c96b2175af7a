import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { reportEvent, sendTextMessage } from "@/lib/synapse/client-messages";
import { createRoom } from "@/lib/synapse/client-rooms";
import { storageStates } from "../fixtures/sign-in";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

test("a room's page shows its summary, members with power levels and state events", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("detail");
  const { creator } = await seedRooms([`${prefix} one`]);

  await page.goto(`/rooms?q=${prefix}`);
  await page.getByRole("link", { name: `${prefix} one` }).click();
  await expect(page.getByRole("heading", { name: `${prefix} one` })).toBeVisible();
  await expect(page.getByText(`About ${prefix} one`).first()).toBeVisible();

  const creatorRow = page.getByRole("table", { name: "Members" }).getByRole("row").filter({
    hasText: creator.id,
  });
  await expect(creatorRow).toContainText("100");
  // This server's people link to their pages, the member and the creator alike.
  const creatorPage = `/users/${encodeURIComponent(creator.id)}`;
  await expect(creatorRow.getByRole("link", { name: creator.id })).toHaveAttribute(
    "href",
    creatorPage,
  );
  await expect(
    page.locator("dt:text-is('Creator') + dd").getByRole("link", { name: creator.id }),
  ).toHaveAttribute("href", creatorPage);

  // The power levels event mentions m.room.name too, so match the summary line exactly.
  const nameEvent = page
    .getByRole("list", { name: "State events" })
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: /^m\.room\.name$/ }) });
  await nameEvent.locator("summary").click();
  await expect(nameEvent.locator("pre")).toContainText(`"name": "${prefix} one"`);

  await expect(page.locator("dt:text-is('Local aliases') + dd")).toHaveText("none");
  await expect(page.getByTestId("room-reports-none")).toBeVisible();
});

test("a room's page lists its local aliases and the event reports about it", async ({
  page,
}, testInfo) => {
  const prefix = uniqueRoomPrefix("reported");
  const reporter = await registerUniqueUser("roomreporter");
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const roomId = await createRoom(http, reporter.accessToken, {
    name: `${prefix} room`,
    topic: `About ${prefix}`,
    preset: "private_chat",
    room_alias_name: `${prefix}-main`,
  });
  const reason = `rude words ${randomBytes(3).toString("hex")}`;
  const eventId = await sendTextMessage(http, reporter.accessToken, {
    roomId,
    body: "something rude",
    txnId: randomBytes(8).toString("hex"),
  });
  await reportEvent(http, reporter.accessToken, { roomId, eventId, reason, score: -50 });
  const synapse = await synapseAsAdmin();
  const [report] = (await synapse.eventReports.list({ room_id: roomId })).event_reports;
  const reportId = report?.id ?? "";
  const server = e2eUsers.admin.id.split(":")[1] ?? "";

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await expect(page.getByRole("list", { name: "Local aliases" })).toHaveText(
    `#${prefix}-main:${server}`,
  );
  const rows = page.getByRole("table", { name: "Event reports" }).getByRole("row");
  // The header and the one report.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(reporter.id);
  await expect(rows.nth(1)).toContainText(reason);
  await expect(rows.nth(1).getByRole("link", { name: `#${reportId}` })).toHaveAttribute(
    "href",
    `/reports/${reportId}`,
  );
  await page.screenshot({ path: testInfo.outputPath("room-page.png"), fullPage: true });

  await rows
    .nth(1)
    .getByRole("link", { name: `#${reportId}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Report #${reportId}` })).toBeVisible();
});

test("a missing room says so clearly", async ({ page }) => {
  const missing = `!${uniqueRoomPrefix("gone")}:localhost`;
  const response = await page.goto(`/rooms/${encodeURIComponent(missing)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-message")).toHaveText(
    `No room ${missing} on this homeserver.`,
  );
});
