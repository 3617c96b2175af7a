import { expect, test as setup } from "@playwright/test";
import { e2eUsers } from "./fixtures/synapse";
import { expectOverview, signInWithPassword, storageStates } from "./fixtures/sign-in";

setup(
  "a Synapse admin signs in as console admin and grants the operator role",
  async ({ page, browser }) => {
    await signInWithPassword(page, e2eUsers.admin.id, e2eUsers.admin.password);
    await expectOverview(page);
    await page.context().storageState({ path: storageStates.admin });

    await page.goto("/settings");
    await page.getByLabel("Matrix user ID").fill(e2eUsers.operator.id);
    await page.getByLabel("Role", { exact: true }).selectOption("operator");
    await page.getByRole("button", { name: "Grant role" }).click();
    const roles = page.getByRole("table", { name: "Console roles" });
    await expect(roles.getByRole("row").filter({ hasText: e2eUsers.operator.id })).toContainText(
      "operator",
    );

    const operatorContext = await browser.newContext();
    const operatorPage = await operatorContext.newPage();
    await signInWithPassword(operatorPage, e2eUsers.operator.id, e2eUsers.operator.password);
    await expectOverview(operatorPage);
    await operatorContext.storageState({ path: storageStates.operator });
    await operatorContext.close();
  },
);
