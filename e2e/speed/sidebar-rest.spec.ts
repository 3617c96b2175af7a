import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { readsOf, readsPage } from "../fixtures/page-reads";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers } from "../fixtures/synapse";
import { insertApiToken } from "../fixtures/console-db";

// Issue 14: a pointer resting on a sidebar link prefetched only the page's frame (the router's
// plain prefetch of a page rendered per request), so the click still waited for the server. It
// now fetches the whole page; the click shows it at once, and a copy older than a few seconds is
// read again as soon as it shows.
test.use({ storageState: storageStates.admin });

const USER_ROW = '[data-testid="user-row"]';

const sidebarLink = (page: Page, label: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });

/** Opens Jobs, rests the pointer on a sidebar link and waits for its page to have been fetched. */
async function restOn(page: Page, label: string, path: string) {
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  const fetched = page.waitForResponse((response) => readsPage(response.request(), path));
  await sidebarLink(page, label).hover();
  await fetched;
}

test("resting on a sidebar link fetches its page: the click shows it with no further read", async ({
  page,
}) => {
  await restOn(page, "Users", "/users");
  const reads = readsOf(page, "/users");
  await sidebarLink(page, "Users").click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.locator(USER_ROW).first()).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(reads, "the page fetched on rest was shown, not fetched again").toEqual([]);
});

// Settings has no refresh of its own (the lists do): what reads it again is the sidebar's.
test("a page fetched on rest more than a few seconds before the click is read again once shown", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await restOn(page, "Settings", "/settings");
  // Made after the fetch: the copy the click shows does not list it.
  const name = `rest-${randomBytes(4).toString("hex")}`;
  await insertApiToken(name, "viewer", e2eUsers.admin.id);
  await page.waitForTimeout(6_000);
  const reads = readsOf(page, "/settings");
  await sidebarLink(page, "Settings").click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByText(name)).toBeVisible();
  expect(reads.length, "read again once, after the old copy showed").toBe(1);
  await shoot(page, "sidebar-rest-read-again");
});

test("resting on the sidebar link of the page on screen costs nothing; clicking it reads the page", async ({
  page,
}) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const reads = readsOf(page, "/settings");
  await sidebarLink(page, "Settings").hover();
  await page.waitForTimeout(500);
  expect(reads, "no fetch ahead of the page on screen").toEqual([]);
  // Clicking it is how a person reads the page again.
  const read = page.waitForRequest((request) => readsPage(request, "/settings"));
  await sidebarLink(page, "Settings").click();
  await read;
});
