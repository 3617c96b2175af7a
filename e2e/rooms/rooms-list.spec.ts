import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { storageStates } from "../fixtures/sign-in";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { synapseUrl } from "../fixtures/synapse";
import { shownRows } from "../fixtures/lists";

test.use({ storageState: storageStates.admin });

test("search finds exactly the seeded rooms, sorts them by name, and the URL keeps the state", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("lobby");
  // Created out of order, so the sorted view cannot pass by creation order.
  const { creator } = await seedRooms([`${prefix} b`, `${prefix} c`, `${prefix} a`]);

  await page.goto("/rooms");
  // The search and the sort show in place: rows from the console's API, no render of the page.
  const pageRenders: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pageRenders.push(request.url());
  });
  await page.getByLabel("Search").fill(prefix);
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));

  const rows = shownRows(page, "room-row");
  await expect(rows).toHaveCount(3);
  const names = rows.getByRole("link");
  await expect(names).toHaveText([`${prefix} a`, `${prefix} b`, `${prefix} c`]);
  await expect(rows.first()).toContainText(creator.id);
  await expect(page.getByTestId("rooms-count")).toContainText("of 3");

  await page.getByRole("link", { name: "Name ↑" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(names).toHaveText([`${prefix} c`, `${prefix} b`, `${prefix} a`]);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    new RegExp(`^/api/v1/rooms/export\\?q=${prefix}&dir=desc(&|$)`),
  );
  await shoot(page, "rooms-searched-sorted", { viewport: true });
  expect(pageRenders).toEqual([]);

  await page.reload();
  await expect(page.getByLabel("Search")).toHaveValue(prefix);
  await expect(names).toHaveText([`${prefix} c`, `${prefix} b`, `${prefix} a`]);
});

/** A private room and a public one published in the directory, named under `prefix`. */
async function seedPrivateAndPublic(prefix: string) {
  const { creator } = await seedRooms([`${prefix} private`]);
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  await createRoom(http, creator.accessToken, {
    name: `${prefix} public`,
    preset: "public_chat",
    visibility: "public",
  });
}

// Synapse (1.160) joins its search to the other filters without brackets ("name LIKE ? OR … OR
// room_id = ? AND is_public"), so with a search the public filter narrows nothing. These checks
// filter without a search and find their rooms first in descending name order ("zz…").
test("a checkbox applies without a click, and Back brings the earlier list back", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("zzlive");
  await seedPrivateAndPublic(prefix);
  const room = (name: string) =>
    shownRows(page, "room-row").getByRole("link", { name: `${prefix} ${name}` });

  await page.goto("/rooms?dir=desc");
  await expect(room("public")).toBeVisible();
  await expect(room("private")).toBeVisible();
  await page.getByLabel("Public only").check();
  // The sort rides along with the filter.
  await expect(page).toHaveURL(/\/rooms\?dir=desc&public=1$/);
  await expect(room("private")).toHaveCount(0);
  await expect(room("public")).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/rooms\?dir=desc$/);
  await expect(room("private")).toBeVisible();
  await expect(page.getByLabel("Public only")).not.toBeChecked();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("rooms are compact blocks without sideways scrolling, and the filters fold away", async ({
    page,
  }) => {
    const prefix = uniqueRoomPrefix("rphone");
    await seedPrivateAndPublic(prefix);
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );

    // Every room other tests left, long names and IDs too, fits the width.
    await page.goto("/rooms");
    await expect(shownRows(page, "room-row").first()).toBeVisible();
    expect(await overflow()).toBe(0);

    await page.goto(`/rooms?q=${prefix}&public=1`);
    const rows = shownRows(page, "room-row");
    const count = page.getByTestId("rooms-count");
    await expect(count).toContainText("(public only)");
    await expect(rows.first()).toBeVisible();
    expect(await overflow()).toBe(0);
    // The sort links stay above the blocks.
    await expect(page.getByRole("link", { name: "Members", exact: true })).toBeVisible();
    await expect(page.getByLabel("Public only")).toBeHidden();
    await shoot(page, "rooms-phone", { viewport: true });

    const filters = page.getByRole("button", { name: /^Filters\s*1 active$/ });
    await filters.click();
    await expect(page.getByLabel("Public only")).toBeChecked();
    expect(await overflow()).toBe(0);
    await shoot(page, "rooms-phone-filters-open", { viewport: true });

    // In place, as the form's fields apply: the list reads its API, not the router the page.
    const readInPlace = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/v1/rooms");
    await page.getByRole("link", { name: "Remove filter: Public only" }).click();
    await readInPlace;
    await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}$`));
    await expect(count).not.toContainText("public only");
    await expect(rows.getByRole("link")).toHaveText([`${prefix} private`, `${prefix} public`]);
    await expect(page.getByLabel("Public only")).not.toBeChecked();
    await expect(page.getByRole("link", { name: /^Remove filter: / })).toHaveCount(0);
    await shoot(page, "rooms-phone-full");
  });
});
