import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { expectOverview, signInWithPassword, storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.admin });

test("an admin grants the viewer role; the viewer reads but cannot edit; revoking locks them out", async ({
  page,
  browser,
}) => {
  const viewer = await registerUniqueUser("viewer");
  await page.goto("/settings");
  await page.getByLabel("Matrix user ID").fill(viewer.id);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Grant role" }).click();
  const row = page
    .getByRole("table", { name: "Console roles" })
    .getByRole("row")
    .filter({ hasText: viewer.id });
  await expect(row).toContainText("viewer");
  expect(await findAuditRecords("console.grant_role", viewer.id)).toMatchObject([
    {
      actor_id: e2eUsers.admin.id,
      outcome: "success",
      input: { matrixId: viewer.id, role: "viewer" },
    },
  ]);

  const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await viewerContext.newPage();
  await signInWithPassword(viewerPage, viewer.id, viewer.password);
  await expectOverview(viewerPage);
  // A user's page, where display names are changed, is read with no control that changes them.
  const someone = await registerUniqueUser("viewed");
  await expect(await openUserPage(viewerPage, someone.id)).toBeVisible();
  await expect(viewerPage.getByRole("heading", { name: "Profile" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Edit profile" })).toHaveCount(0);
  await viewerPage.goto("/settings");
  await expect(viewerPage.getByRole("button", { name: "Grant role" })).toHaveCount(0);

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(`${viewer.id} loses the viewer role`);
  await page.getByRole("button", { name: "Revoke role" }).click();
  await expect(row).toHaveCount(0);

  // The role is read from the database on every request, so the open session ends at once.
  await viewerPage.goto("/");
  await expect(viewerPage).toHaveURL(/\/sign-in/);
  await viewerContext.close();
});

test("granting a role to someone who is not on the homeserver is refused", async ({ page }) => {
  const ghost = `@nobody-${Date.now().toString(36)}:${e2eUsers.admin.id.split(":")[1]}`;
  await page.goto("/settings");
  await page.getByLabel("Matrix user ID").fill(ghost);
  await page.getByRole("button", { name: "Grant role" }).click();
  await expect(page.getByText(`There is no user ${ghost} on this homeserver.`)).toBeVisible();
});
