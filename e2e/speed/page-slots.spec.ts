import { expect, test } from "@playwright/test";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";

// A list paged in the browser hides the rows it stops showing and takes them down once the
// browser is idle (components/ui/paged-list/page-slots.tsx): none of them may show meanwhile, and
// none may stay in the document for good.
test.use({ storageState: storageStates.admin });

test("rows a search leaves behind never show and leave the document once the browser is idle", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("slots");
  await seedRooms([`${prefix} alpha`, `${prefix} beta`, `${prefix} gamma`]);
  const rows = page.getByTestId("room-row");
  const search = page.locator("[data-list-search]");

  await page.goto(`/rooms?q=${encodeURIComponent(prefix)}`);
  await expect(rows.filter({ visible: true })).toHaveCount(3);

  await search.fill(`${prefix} beta`);
  await search.press("Enter");
  await expect(rows.filter({ visible: true })).toHaveText([new RegExp(`${prefix} beta`)]);
  await expect(rows).toHaveCount(1);

  // Back shows the three rooms again, and nothing of the search stays behind.
  await page.goBack();
  await expect(rows.filter({ visible: true })).toHaveCount(3);
  await expect(rows).toHaveCount(3);
});
