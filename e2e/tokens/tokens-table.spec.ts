import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** How far the page scrolls sideways (0 when it fits its window). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("the Tokens table sums up every account, filters and pages them in the URL, and fits a phone", async ({
  page,
}) => {
  // 26 bots of one prefix of their own: two pages of 25 when the list is searched for it.
  const synapse = await synapseAsAdmin();
  const prefix = `e2e-tt${randomBytes(3).toString("hex")}`;
  const bots = await Promise.all(
    Array.from({ length: 26 }, async () => {
      const bot = await registerUniqueUser(prefix);
      await synapse.users.update(bot.id, { user_type: "bot" });
      return bot.id;
    }),
  );
  const ids = bots.sort();

  await page.goto("/tokens?limit=25");
  const summary = page.getByTestId("tokens-summary");
  const range = page.getByTestId("tokens-range");
  const accounts = page.getByRole("table", { name: "Token accounts" }).locator("tbody");
  await expect(summary).toContainText(/[\d,]+ accounts \([\d,]+ bots, [\d,]+ managed\)/);
  await expect(summary).toContainText("due for rotation");

  // The search applies as it is typed, from the first page.
  await page.getByLabel("Search user ID").fill(prefix);
  await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&limit=25$`));
  await expect(summary).toContainText("26 accounts match the filters");
  await expect(summary).toContainText("25 tokens on this page");
  await expect(range).toHaveText("1–25 of 26");
  await expect(accounts).toHaveCount(25);
  await expect(accounts.first()).toHaveAttribute("data-testid", `token-account-${ids[0]}`);
  await expect(accounts.first().getByRole("row")).toContainText("not managed");
  await shoot(page, "tokens-table");

  // The shared pager, below the table.
  await page
    .getByRole("navigation", { name: "Pages of accounts" })
    .getByRole("link", { name: "Next" })
    .click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(range).toHaveText("26–26 of 26");
  await expect(accounts).toHaveCount(1);
  await expect(summary).toContainText("1 token on this page");
  const last = page.getByTestId(`token-account-${ids[25]}`);
  await expect(last).toBeVisible();

  // One of them managed: then it is the only managed one, and due (never rotated).
  await last.getByRole("button", { name: "Manage" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Manage account" }).click();
  await expect(page.getByText(`${ids[25]} is now managed.`)).toBeVisible();
  await page.getByLabel("Kind").selectOption("managed");
  await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&kind=managed&limit=25$`));
  await expect(range).toHaveText("1–1 of 1");
  await expect(last.getByRole("row")).toContainText("due: never rotated");
  await page.getByLabel("Kind").selectOption("all");
  await page.getByLabel("Due only").check();
  await expect(page).toHaveURL(new RegExp(`\\?q=${prefix}&due=1&limit=25$`));
  await expect(range).toHaveText("1–1 of 1");
  await expect(summary).toContainText("1 account matches the filters");

  // The account's page, and Back: the URL brings the filters and the list back.
  await last.getByRole("link", { name: ids[25] }).click();
  await expect(page).toHaveURL(`/users/${encodeURIComponent(ids[25]!)}`);
  await page.goBack();
  await expect(page.getByLabel("Due only")).toBeChecked();
  await expect(page.getByLabel("Search user ID")).toHaveValue(prefix);
  await expect(range).toHaveText("1–1 of 1");

  // A phone: the rows fold, and neither the list nor an opened account scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  // There the filters fold away; the active ones are chips that each take theirs away.
  await page.getByRole("link", { name: "Remove filter: Due only" }).click();
  await expect(range).toHaveText("1–25 of 26");
  // The account's figures fold into a line under its ID.
  await expect(accounts.first().getByText("1 token", { exact: true })).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  await accounts.first().getByRole("button", { name: "Details" }).click();
  await expect(page.getByRole("table", { name: `Tokens of ${ids[0]}` })).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  await shoot(page, "tokens-table-phone");
});
