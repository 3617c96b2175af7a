import { expect, test } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";

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

  // The power levels event mentions m.room.name too, so match the summary line exactly.
  const nameEvent = page
    .getByRole("list", { name: "State events" })
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: /^m\.room\.name$/ }) });
  await nameEvent.locator("summary").click();
  await expect(nameEvent.locator("pre")).toContainText(`"name": "${prefix} one"`);
});

test("a missing room says so clearly", async ({ page }) => {
  const missing = `!${uniqueRoomPrefix("gone")}:localhost`;
  await page.goto(`/rooms/${encodeURIComponent(missing)}`);
  await expect(page.getByTestId("room-missing")).toHaveText(
    `No room ${missing} on this homeserver.`,
  );
});
