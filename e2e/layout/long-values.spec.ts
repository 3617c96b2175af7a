import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectFitsThePhone, expectPageFits } from "../fixtures/phone-fit";
import { seedReportOfAnother } from "../fixtures/reports";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { synapseAsAdmin } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

// What people write has no length the console chooses: a 300-letter room name with no space, a
// display name of 200, a 5,000-character message. None may widen the page past the window or push
// a table's other columns out of its card, on a desktop or on a phone.
test.use({ storageState: storageStates.admin });

const WIDTHS = [1280, 390];

/** Neither the page nor any table on it scrolls sideways, at each width. */
async function expectFitsAtEachWidth(page: Page, url: string, shot: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectPageFits(page);
    for (const table of await page.getByRole("table").all()) {
      const overflow = await table.evaluate(
        (element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth,
      );
      const name = await table.getAttribute("aria-label");
      expect(overflow, `${url} at ${width} px: ${name} scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await shoot(page, `${shot}-${width}`);
  }
}

test("long names, topics, reasons and messages wrap inside their cards on every page they show on", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = `long${randomBytes(3).toString("hex")}`;
  const longWord = (length: number) => `${tag}${"Q".repeat(length - tag.length)}`;
  const body = `${tag} ${"spam".repeat(1_250)}`;
  const seeded = await seedReportOfAnother({
    body,
    reason: longWord(300),
    roomName: longWord(300),
    topic: longWord(400),
  });
  const synapse = await synapseAsAdmin();
  await synapse.users.update(seeded.sender.id, { displayname: longWord(200) });
  const [device] = (await synapse.devices.list(seeded.sender.id)).devices;
  await synapse.devices.rename(seeded.sender.id, device!.device_id, longWord(100));
  const [report] = (await synapse.eventReports.list({ room_id: seeded.roomId })).event_reports;
  const roomPage = `/rooms/${encodeURIComponent(seeded.roomId)}`;

  await expectFitsAtEachWidth(page, `/rooms?q=${tag}`, "long-rooms");
  await expectFitsAtEachWidth(page, roomPage, "long-room");
  await expectFitsAtEachWidth(page, `/users?q=${tag}`, "long-users");
  await expectFitsAtEachWidth(
    page,
    `/reports?room=${encodeURIComponent(seeded.roomId)}`,
    "long-reports",
  );
  await expectFitsAtEachWidth(page, `/reports/${report!.id}`, "long-report");

  // The message shows its start, and the rest on request.
  const shown = page.getByTestId("reported-event-body");
  const showAll = `Show all ${body.length.toLocaleString("en")} characters`;
  await expect(shown).toContainText(showAll);
  await shown.getByRole("button", { name: showAll }).click();
  await expect(shown).toHaveText(body);

  // On a phone the reports list is blocks, each fact labelled (the loop above saw it fit).
  await page.goto(`/reports?room=${encodeURIComponent(seeded.roomId)}`);
  const reports = page.getByRole("table", { name: "Event reports" });
  await expect(reports.getByRole("columnheader").first()).toBeHidden();
  await expect(reports.getByTestId("report-row").locator('[data-label="Reporter"]')).toHaveText(
    seeded.reporter.id,
  );

  // The user's page, whose device has the long name too.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(await openUserPage(page, seeded.sender.id)).toBeVisible();
  await expectPageFits(page);
  await expectFitsThePhone(page.getByRole("table", { name: "Devices" }));
});
