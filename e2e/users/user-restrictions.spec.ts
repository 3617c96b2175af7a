import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { confirmAction, openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.operator });

test("an operator locks and unlocks a user after confirming, and both are audited", async ({
  page,
}) => {
  const user = await registerUniqueUser("lock");
  const synapse = await synapseAsAdmin();
  await expect(await openUserPage(page, user.id)).toBeVisible();

  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    `${user.id} will be locked: every request from their devices is refused`,
  );
  await page.getByRole("alertdialog").getByRole("button", { name: "Lock" }).click();
  await expect(page.getByText(`${user.id} is locked.`)).toBeVisible();
  await expect(page.getByText("locked", { exact: true })).toBeVisible();
  expect((await synapse.users.get(user.id)).locked).toBe(true);

  await confirmAction(page, "Unlock");
  await expect(page.getByText(`${user.id} is unlocked.`)).toBeVisible();
  expect((await synapse.users.get(user.id)).locked).toBe(false);

  const audit = await findAuditRecords("user.set_locked", user.id);
  expect(audit).toMatchObject([
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { enabled: true } },
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { enabled: false } },
  ]);
});

test("an operator suspends and shadow-bans a user", async ({ page }) => {
  const user = await registerUniqueUser("restrict");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);

  await confirmAction(page, "Suspend");
  await expect(page.getByText(`${user.id} is suspended.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsuspend" })).toBeVisible();
  expect((await synapse.users.get(user.id)).suspended).toBe(true);

  await confirmAction(page, "Shadow-ban");
  await expect(page.getByText(`${user.id} is shadow-banned.`)).toBeVisible();
  expect((await synapse.users.get(user.id)).shadow_banned).toBe(true);

  await confirmAction(page, "Lift shadow ban");
  await expect(page.getByText(`${user.id} is no longer shadow-banned.`)).toBeVisible();
  expect((await synapse.users.get(user.id)).shadow_banned).toBe(false);

  expect(await findAuditRecords("user.set_suspended", user.id)).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { userId: user.id, enabled: true },
    },
  ]);
  expect(await findAuditRecords("user.set_shadow_banned", user.id)).toMatchObject([
    { outcome: "success", input: { enabled: true } },
    { outcome: "success", input: { enabled: false } },
  ]);
});

test("an operator sees no admin-only controls", async ({ page }) => {
  const user = await registerUniqueUser("opview");
  await openUserPage(page, user.id);
  await expect(page.getByRole("button", { name: "Lock", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Make server admin" })).toHaveCount(0);
});
