import { expect, test } from "@playwright/test";
import { readsOf, readsPageData } from "../fixtures/page-reads";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";

// Issue 14: a pointer resting on a row of a list fetched only the route's shape, so opening a user
// waited for the server's render of their page (eight Synapse reads). A pointer resting longer
// (250 ms) now fetches the page whole, and the click shows it at once; a short stop on a row, as
// the pointer crosses the list, still fetches the shape only.
test.use({ storageState: storageStates.admin });

test("resting longer on a user's row fetches their page: the click shows it with no further read", async ({
  page,
}) => {
  await page.goto("/users");
  const link = page.locator('[data-testid="user-row"]').first().getByRole("link").first();
  const userId = (await link.textContent())?.trim() ?? "";
  const path = (await link.getAttribute("href")) ?? "";
  expect(path).toMatch(/^\/users\/%40/);
  const dataReads: string[] = [];
  page.on("request", (request) => {
    if (readsPageData(request, path)) dataReads.push(request.url());
  });
  const fetched = page.waitForResponse((response) => readsPageData(response.request(), path), {
    timeout: 10_000,
  });
  await link.hover();
  // Timers fire late on a busy machine, never early: before 250 ms only the route is asked for.
  await page.waitForTimeout(150);
  expect(dataReads, "a short rest fetches what the page shows").toEqual([]);
  await fetched;

  const readsAfterClick = readsOf(page, path);
  await link.click();
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole("heading", { level: 1, name: userId })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Joined rooms" })).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(readsAfterClick, "the page fetched on rest was shown, not fetched again").toEqual([]);
  await shoot(page, "row-rest-user-page");
});
