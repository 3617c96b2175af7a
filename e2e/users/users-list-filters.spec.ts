import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { shownRows } from "../fixtures/lists";

// Issue 14: the users list's filters apply as they change, keep their state in the URL (Back
// returns to the earlier filters), and fold behind one button on a phone.
test.use({ storageState: storageStates.admin });

const searchField = (page: Page) => page.getByLabel("Search user ID or display name");
const shownIds = (page: Page) => shownRows(page, "user-row").locator("td[data-column=user]");

/** Whether the page scrolls sideways: its width beyond the viewport's. */
const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a select applies at once, typing once it pauses, and Back returns to the earlier filters", async ({
  page,
}) => {
  const prefix = `ulive${randomBytes(3).toString("hex")}`;
  const [bot, plain] = [await registerUniqueUser(prefix), await registerUniqueUser(prefix)];
  await (await synapseAsAdmin()).users.update(bot.id, { user_type: "bot" });
  const both = [bot.id, plain.id].sort();

  await page.goto("/users");
  // The search and the filters show in place: rows from the console's API, no render of the page.
  const pageRenders: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pageRenders.push(request.url());
  });
  const search = searchField(page);
  // Typing in two runs with a pause between: the list follows each, yet history keeps one entry.
  await search.pressSequentially(prefix.slice(0, 7), { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`q=${prefix.slice(0, 7)}(&|$)`));
  await search.pressSequentially(prefix.slice(7), { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`q=${prefix}(&|$)`));
  await expect(shownIds(page)).toHaveText(both);
  // The new results did not take the field away from the person typing, nor move the caret.
  await expect(search).toBeFocused();
  await expect(search).toHaveValue(prefix);
  expect(await search.evaluate((field: HTMLInputElement) => field.selectionStart)).toBe(
    prefix.length,
  );

  // A select applies without a click, from the first page.
  await page.getByLabel("User type").selectOption("bot");
  await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&type=bot$`));
  await expect(shownIds(page)).toHaveText([bot.id]);
  // The header counts what the list shows, and the download takes the same filters.
  await expect(page.getByTestId("users-total")).toHaveText("1 user matches");
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    `/api/v1/users/export?q=${prefix}&type=bot`,
  );
  expect(pageRenders).toEqual([]);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}$`));
  await expect(shownIds(page)).toHaveText(both);
  await expect(page.getByLabel("User type")).toHaveValue("all");
  await expect(search).toHaveValue(prefix);

  // Both runs of typing made one entry: one more Back is the list before the search.
  await page.goBack();
  await expect(page).toHaveURL(/\/users$/);
  await expect(search).toHaveValue("");
  await page.goForward();
  await expect(search).toHaveValue(prefix);
  await expect(shownIds(page)).toHaveText(both);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters are a plain form that Apply submits", async ({ page }) => {
    const prefix = `unojs${randomBytes(3).toString("hex")}`;
    const user = await registerUniqueUser(prefix);
    await page.goto("/users?from=25");
    await searchField(page).fill(prefix);
    await page.getByRole("button", { name: "Apply" }).click();
    // The page starts again from the first.
    await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&sort=name`));
    await expect(shownIds(page)).toHaveText([user.id]);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters fold behind one button, the active ones are chips, and rows fit the width", async ({
    page,
  }) => {
    const prefix = `uphone${randomBytes(3).toString("hex")}`;
    const admin = await registerUniqueUser(prefix, { admin: true });
    const plain = await registerUniqueUser(prefix);

    // The whole list, with whatever names other tests left, fits without sideways scrolling.
    await page.goto("/users");
    await expect(shownRows(page, "user-row").first()).toBeVisible();
    expect(await overflowOf(page)).toBe(0);

    await page.goto(`/users?q=${prefix}&admins=1&type=normal`);
    const rows = shownRows(page, "user-row");
    await expect(rows).toHaveCount(1);
    expect(await overflowOf(page)).toBe(0);
    // Each row keeps its checkbox, its link and its state in view.
    await expect(rows.getByRole("checkbox", { name: `Select ${admin.id}` })).toBeVisible();
    await expect(rows.getByRole("link", { name: admin.id })).toBeVisible();
    await expect(rows.getByText("admin", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Select all on this page")).toBeVisible();

    const filters = page.getByRole("button", { name: /^Filters\s*2 active$/ });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(searchField(page)).toBeVisible();
    await expect(page.getByLabel("User type")).toBeHidden();
    await shoot(page, "users-phone", { viewport: true });

    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("User type")).toHaveValue("normal");
    await expect(page.getByLabel("Admins only")).toBeChecked();
    expect(await overflowOf(page)).toBe(0);
    await shoot(page, "users-phone-filters-open", { viewport: true });

    // In place, as the form's fields apply: the list reads its API, not the router the page.
    const readInPlace = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/v1/users");
    await page.getByRole("link", { name: "Remove filter: Admins only" }).click();
    await readInPlace;
    await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&type=normal$`));
    await expect(shownIds(page)).toHaveText([admin.id, plain.id].sort());
    await expect(page.getByLabel("Admins only")).not.toBeChecked();
    await expect(page.getByRole("button", { name: /^Filters\s*1 active$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Remove filter: / })).toHaveText([
      "Remove filter: Normal users",
    ]);
    await shoot(page, "users-phone-full");
  });
});
