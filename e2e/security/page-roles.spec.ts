import { expect, test } from "@playwright/test";
import { storageStates } from "../fixtures/sign-in";

test.use({ storageState: storageStates.operator });

test("a page that needs a higher role says which one instead of showing itself", async ({
  page,
}) => {
  await page.goto("/jobs/new");
  await expect(page).toHaveURL(/\/needs-role\?role=admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed with your role");
  await expect(page.getByTestId("needs-role")).toHaveText(
    "That page needs the Admin role; you are Operator. A console admin can change your role under Settings.",
  );
  await expect(page.getByRole("button", { name: /create|save/i })).toHaveCount(0);

  // The operator's own pages still open.
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
});
