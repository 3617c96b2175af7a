// The History on a phone: its filters fold as the lists' do, the search stays in view.
import { expect, test } from "@playwright/test";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.admin, viewport: { width: 390, height: 844 } });

test("on a phone the History shows its search and one Filters button, saying how many are on", async ({
  page,
}) => {
  await page.goto("/history?outcome=success&action=user.");
  const search = page.getByLabel("Text in input");
  await expect(search).toBeVisible();
  await expect(page.getByLabel("Actor")).toBeHidden();
  const filters = page.getByRole("button", { name: /^Filters\s*2 active$/ });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  // The filters in force are chips that each take one away; the form ends in the first screen.
  const chips = page.getByRole("list", { name: "Active filters" });
  await expect(chips.getByRole("link")).toHaveText([
    "Remove filter: Action starts with: user.",
    "Remove filter: Outcome: success",
  ]);
  await expect(chips).toBeInViewport();
  await shoot(page, "history-phone", { viewport: true });

  await filters.click();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByLabel("Action starts with")).toHaveValue("user.");
  await page.getByLabel("Actor").fill("@nobody-here:localhost");
  await expect(page).toHaveURL(/actor=%40nobody-here%3Alocalhost/);
  await expect(page.getByRole("button", { name: /^Filters\s*3 active$/ })).toBeVisible();

  await chips.getByRole("link", { name: "Remove filter: Outcome: success" }).click();
  await expect(page).not.toHaveURL(/outcome=/);
  await expect(page.getByRole("button", { name: /^Filters\s*2 active$/ })).toBeVisible();
});

test("from md up every History filter is in view, with no Filters button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/history");
  await expect(page.getByLabel("Actor")).toBeVisible();
  await expect(page.getByLabel("Text in input")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
});
