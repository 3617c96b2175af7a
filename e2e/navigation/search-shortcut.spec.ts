// "/" takes the keyboard to the page's main search, on every page that has one.
import { expect, test } from "@playwright/test";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.admin });

/** Each page with a search, and how a person knows that field. */
const SEARCHES: [path: string, label: RegExp][] = [
  ["/users", /Search user ID or display name/],
  ["/rooms", /Search/],
  ["/tokens", /Search/],
  ["/history", /Text in input/],
  ["/reports", /Room ID/],
  ["/reports/users", /Reported user/],
  ["/media", /User or display name contains/],
];

test("“/” focuses the page's search on every page that has one, and not while typing", async ({
  page,
}) => {
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${uniqueRoomPrefix("slash")} room`]);
  const searches: [string, RegExp][] = [
    ...SEARCHES,
    [`/rooms/${encodeURIComponent(roomId)}`, /Search members/],
  ];
  for (const [path, label] of searches) {
    await page.goto(path);
    const field = page.getByLabel(label).and(page.locator("[data-list-search]"));
    await expect(field, path).toHaveCount(1);
    // The shortcut is the app frame's, there once the page's script has run: a "/" pressed
    // before (a loaded machine's page) does nothing, so it is pressed again until it lands.
    await expect(async () => {
      await page.locator("main h1").click();
      await page.keyboard.press("/");
      await expect(field, path).toBeFocused({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(field, path).toHaveAttribute("aria-keyshortcuts", "/");
  }
  // Typing a "/" in a field types it.
  await page.goto("/history");
  const actor = page.getByLabel("Actor");
  await actor.click();
  await page.keyboard.type("a/b");
  await expect(actor).toHaveValue("a/b");
  await expect(actor).toBeFocused();
});
