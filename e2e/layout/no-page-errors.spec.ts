import { expect, test } from "@playwright/test";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

// A hydration mismatch (such as a block inside a <p>) makes React redo the page in the browser,
// and clicks in that window are lost: every area must load without a single page error.
test("every area loads in the browser without a script or hydration error", async ({ page }) => {
  // Thirteen pages, each waited on until the network is idle: more than the default minute when
  // the machine is busy.
  test.setTimeout(150_000);
  const user = await registerUniqueUser("pageerr");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${uniqueRoomPrefix("pageerr")} room`]);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));

  for (const path of [
    "/",
    "/users",
    `/users/${encodeURIComponent(user.id)}`,
    "/rooms",
    `/rooms/${encodeURIComponent(roomId)}`,
    "/reports",
    "/devices",
    "/tokens",
    "/jobs",
    "/policy",
    "/policy/versions",
    "/policy/diff",
    "/settings",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Hydration happens after the HTML shows; give React the moment it needs.
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});
