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

test("the next page drawn ahead stays in the document while a search is on its way", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("ahead");
  // One more than the smallest page: the list draws a second page of one room ahead, hidden.
  const names = Array.from({ length: 26 }, (_, at) => `${prefix} ${String(at).padStart(2, "0")}`);
  await seedRooms(names);
  const rows = page.getByTestId("room-row");
  await page.goto(`/rooms?q=${encodeURIComponent(prefix)}&size=25`);
  await expect(rows.filter({ visible: true })).toHaveCount(25);
  await expect(rows).toHaveCount(26);

  // The search's answer is held back, as a slow homeserver would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/api/v1/rooms" && url.searchParams.get("q") === `${prefix} 07`,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const search = page.locator("[data-list-search]");
  await search.fill(`${prefix} 07`);
  await search.press("Enter");
  // Long enough for an idle moment (page-slots.tsx takes left pages down within 2 s of one): the
  // page drawn ahead is not taken down while the answer may arrive at any time.
  await page.waitForTimeout(2_500);
  await expect(rows.filter({ visible: true })).toHaveCount(25);
  await expect(rows).toHaveCount(26);

  release();
  await expect(rows.filter({ visible: true })).toHaveText([new RegExp(`${prefix} 07`)]);
  // Once the browser is idle again, only the search's room is left.
  await expect(rows).toHaveCount(1);
});
