import { randomBytes } from "node:crypto";
import { expect, test, type Page, type Request } from "@playwright/test";
import { grantConsoleRole } from "../fixtures/console-db";
import { shownRows } from "../fixtures/lists";
import { shoot } from "../fixtures/shots";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";

// Issue 14: switching areas showed a skeleton, then React held the real page back for 300 ms once
// a fallback had shown. Now the page stays until the next one is ready, with progress in the top
// bar; the list's next page is read ahead (from the console's API) and drawn hidden, shown at once
// by Next, and read again when it is shown more than a few seconds after it was read; Back and
// Forward move between the pages; one page size, remembered per person.
test.use({ storageState: storageStates.admin });

const USER_ROW = '[data-testid="user-row"]';

// Other specs register users at the same time: the paged lists here are narrowed to 30 of our own.
const prefix = `nav${randomBytes(3).toString("hex")}`;
const OWN_USERS = 30;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (let i = 0; i < OWN_USERS; i += 6) {
    await Promise.all(Array.from({ length: 6 }, () => registerUniqueUser(prefix)));
  }
});
const firstPage = `/users?q=${prefix}&limit=25`;
const secondPage = `/users?q=${prefix}&from=25&limit=25`;

/** A read of a list page's data: the page rendered by the server, or its rows from the API. */
const isPageData = (request: Request, path: string) => {
  const url = new URL(request.url());
  const page = url.pathname.replace(/^\/api\/v1(?=\/users$)/, "");
  const isRead = request.headers()["rsc"] === "1" || url.pathname.startsWith("/api/v1/");
  return isRead && page + url.search.replace(/[?&]_rsc=[^&]*/, "") === path;
};
const shownIds = (page: Page) => shownRows(page, "user-row").locator("td[data-column=user]");
// A full prefetch (the pager's next page) carries no header of its own: it is told apart from the
// navigation by when it is made.
const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

async function openUsers(page: Page, path = "/users") {
  await page.goto(path);
  await expect(page.locator(USER_ROW).first()).toBeVisible();
}

test("switching areas keeps the page until the next one is ready, with progress shown", async ({
  page,
}) => {
  // The users list reads its next page ahead once it is live: that read is done before the switch,
  // so any read of the users list after it is one the rooms page caused.
  await openFirstPageFetchingNext(page);
  // Synapse answers this console in a few milliseconds; hold the Rooms page data back so the
  // in-between state can be seen (the server itself is untouched).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/rooms",
    async (route) => {
      if (route.request().headers()["rsc"] === "1" && !isPrefetch(route.request())) await held;
      await route.continue();
    },
  );
  const main = page.locator("main");
  const usersReadAgain: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/v1/users") usersReadAgain.push(request.url());
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rooms" }).click();

  // Mid-way: the users are still there (no blank skeleton), marked busy, with the progress line
  // and the sidebar link's spinner (each shown after 150 ms).
  await expect(main).toHaveAttribute("aria-busy", "true");
  await expect(page.getByTestId("navigation-progress")).toBeVisible();
  await expect(page.getByTestId("sidebar-pending")).toBeVisible();
  await expect(page.locator(USER_ROW).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading the page" })).toHaveCount(1);
  // Both fade in once the 150 ms have passed.
  await expect(page.getByTestId("navigation-progress")).toHaveCSS("opacity", "1");
  await expect(page.getByTestId("sidebar-pending")).toHaveCSS("opacity", "1");
  await shoot(page, "navigation-sidebar-switch-midway", { viewport: true });

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Rooms" })).toBeVisible();
  await expect(page.getByTestId("rooms-count")).toBeVisible();
  await expect(main).not.toHaveAttribute("aria-busy", "true");
  await expect(page.getByTestId("navigation-progress")).toHaveCount(0);
  // The rooms page coming in reads its own pages again, not those of the users list it replaces.
  await page.waitForTimeout(500);
  expect(usersReadAgain).toEqual([]);
});

/** Opens our first page of 25 and waits until its next page has been read ahead. */
async function openFirstPageFetchingNext(page: Page) {
  const fetchedAhead = page.waitForRequest((request) => isPageData(request, secondPage));
  await openUsers(page, firstPage);
  await fetchedAhead;
}

const clickNext = (page: Page) =>
  page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();

test("the next page is read ahead and shown without asking the server again", async ({ page }) => {
  await openFirstPageFetchingNext(page);
  const asked: Request[] = [];
  page.on("request", (request) => {
    if (isPageData(request, secondPage)) asked.push(request);
  });
  const firstPageIds = await shownIds(page).allTextContents();
  expect(firstPageIds).toHaveLength(25);
  await clickNext(page);
  await expect(page).toHaveURL(/from=25/);
  await expect(page.getByTestId("users-range")).toHaveText(`Users 26–${OWN_USERS} of ${OWN_USERS}`);
  const secondPageIds = await shownIds(page).allTextContents();
  expect(secondPageIds).toHaveLength(OWN_USERS - 25);
  expect(secondPageIds.filter((id) => firstPageIds.includes(id))).toEqual([]);
  await page.waitForTimeout(500);
  expect(asked, "the rows came from the page read ahead").toHaveLength(0);

  // Back and Forward move between the two pages; a reload draws the URL's page on the server.
  await page.goBack();
  await expect(page).not.toHaveURL(/from=25/);
  await expect(page.getByTestId("users-range")).toHaveText(`Users 1–25 of ${OWN_USERS}`);
  await expect(shownIds(page)).toHaveText(firstPageIds);
  await page.goForward();
  await expect(page.getByTestId("users-range")).toHaveText(`Users 26–${OWN_USERS} of ${OWN_USERS}`);
  await expect(shownIds(page)).toHaveText(secondPageIds);
  await page.reload();
  await expect(shownIds(page)).toHaveText(secondPageIds);
  await page
    .getByRole("navigation", { name: "Pages" })
    .getByRole("link", { name: "Previous" })
    .click();
  await expect(shownIds(page)).toHaveText(firstPageIds);
  await expect(page).not.toHaveURL(/from=25/);
});

test("a next page shown more than a few seconds after it was fetched is read again", async ({
  page,
}) => {
  await openFirstPageFetchingNext(page);
  // More than 5 s, plus the first page's own load, which the age leaves out.
  await page.waitForTimeout(8_000);

  const readAgain = page.waitForRequest((request) => isPageData(request, secondPage));
  await clickNext(page);
  await expect(page.getByTestId("users-range")).toHaveText(/^Users 26–/);
  await readAgain;
});

test("one page size for every list, remembered for the person", async ({ browser }) => {
  const person = await registerUniqueUser("page-size");
  await grantConsoleRole(person.id, "viewer");
  const { context, page } = await signInInNewBrowser(browser, person);
  try {
    // Chosen on one list (the rooms may be none yet: the pager is there all the same)…
    await page.goto("/rooms");
    // Chosen once the page is live: a choice made while it hydrates is read back as the old value.
    await page.waitForLoadState("networkidle");
    const size = page.getByRole("navigation", { name: "Pages" }).getByLabel("Rows per page");
    await expect(size).toHaveValue("50");
    const saved = page.waitForResponse(
      (response) => response.request().headers()["next-action"] !== undefined,
    );
    await size.selectOption("25");
    expect((await saved).ok()).toBe(true);
    await page.reload();
    await expect(
      page.getByRole("navigation", { name: "Pages" }).getByLabel("Rows per page"),
    ).toHaveValue("25");
    // The choice is the person's, not the link's: the URL names no size.
    expect(new URL(page.url()).searchParams.has("size")).toBe(false);

    // Every list follows it, after a reload too.
    await page.goto(`/users?q=${prefix}`);
    await expect(
      page.getByRole("navigation", { name: "Pages" }).getByLabel("Rows per page"),
    ).toHaveValue("25");
    await expect(shownRows(page, "user-row")).toHaveCount(25);
    await expect(page.getByTestId("users-range")).toHaveText(`Users 1–25 of ${OWN_USERS}`);
    // A link naming another size keeps it while the list changes in place.
    await page.goto("/users?limit=50");
    await page.getByLabel("Search user ID or display name").fill(prefix);
    await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&limit=50$`));
    await expect(shownRows(page, "user-row")).toHaveCount(OWN_USERS);
    await expect(page.getByTestId("users-range")).toHaveText(
      `Users 1–${OWN_USERS} of ${OWN_USERS}`,
    );
    // The pager's links keep it too, for a page opened in a new tab.
    await page.goto(`/users?q=${prefix}&from=10&limit=50`);
    await expect(
      page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous" }),
    ).toHaveAttribute("href", `/users?q=${prefix}&limit=50`);
    await page.goto("/reports");
    await page.reload();
    await expect(page.getByTestId("reports-range")).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Pages" }).getByLabel("Rows per page"),
    ).toHaveValue("25");
    await shoot(page.getByRole("navigation", { name: "Pages" }), "pager-with-page-size");
  } finally {
    await context.close();
  }
});
