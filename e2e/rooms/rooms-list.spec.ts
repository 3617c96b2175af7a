import { expect, test } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";

test.use({ storageState: storageStates.admin });

test("search finds exactly the seeded rooms, sorts them by name, and the URL keeps the state", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("lobby");
  // Created out of order, so the sorted view cannot pass by creation order.
  const { creator } = await seedRooms([`${prefix} b`, `${prefix} c`, `${prefix} a`]);

  await page.goto("/rooms");
  await page.getByLabel("Search").fill(prefix);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));

  const rows = page.getByTestId("room-row");
  await expect(rows).toHaveCount(3);
  const names = rows.getByRole("link");
  await expect(names).toHaveText([`${prefix} a`, `${prefix} b`, `${prefix} c`]);
  await expect(rows.first()).toContainText(creator.id);
  await expect(page.getByTestId("rooms-count")).toContainText("of 3");

  await page.getByRole("link", { name: "Name ↑" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(names).toHaveText([`${prefix} c`, `${prefix} b`, `${prefix} a`]);

  await page.reload();
  await expect(page.getByLabel("Search")).toHaveValue(prefix);
  await expect(names).toHaveText([`${prefix} c`, `${prefix} b`, `${prefix} a`]);
});
