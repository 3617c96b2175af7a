import { expect, test } from "@playwright/test";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.operator });

// A date or an ID is wrong until typed whole: it applies as its field is left or Enter is
// pressed, not at each pause in the typing, so the History does not refuse it halfway.
test("a date applies as its field is left, and a malformed one is refused with its reason", async ({
  page,
}) => {
  await page.goto("/history");
  const from = page.getByLabel("From (UTC)");
  await from.fill("2026-12-0x");
  // A pause in the typing changes nothing.
  await page.waitForTimeout(1_000);
  await expect(page).toHaveURL(/\/history$/);

  await from.press("Tab");
  await expect(page).toHaveURL(/from=2026-12-0x/);
  await expect(page.getByTestId("history-filter-refused")).toBeVisible();
  await expect(page.getByText('From (UTC): "2026-12-0x" is not a date')).toBeVisible();
  await expect(from).toHaveValue("2026-12-0x");
  await expect(from).toHaveAttribute("aria-invalid", "true");

  await from.fill("2026-12-01");
  await from.press("Enter");
  await expect(page).toHaveURL(/from=2026-12-01/);
  await expect(page.getByTestId("history-filter-refused")).toBeHidden();
  await expect(page.getByTestId("history-summary")).toBeVisible();
});

// A choice the URL holds that is none of the field's stays chosen and refused, with its reason:
// the form does not quietly put "any" in its place and show another list.
test("a choice from the URL that is no choice stays in its field, refused, until another is picked", async ({
  page,
}) => {
  await page.goto("/history?outcome=Success");
  const outcome = page.getByLabel("Outcome");
  await expect(outcome).toHaveValue("Success");
  await expect(page.getByTestId("history-filter-refused")).toBeVisible();
  // The page stays where it was opened: nothing applied itself.
  await page.waitForTimeout(1_000);
  await expect(page).toHaveURL(/\?outcome=Success$/);

  await outcome.selectOption("success");
  await expect(page).toHaveURL(/\?outcome=success$/);
  await expect(page.getByTestId("history-filter-refused")).toBeHidden();
  await shoot(page, "history-clear-filters");
  // "Clear filters" takes every filter away.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(outcome).toHaveValue("");
});
