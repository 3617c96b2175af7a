// The user page's actions know whose account it is: the console's own service account is not
// offered the changes the server always refuses for it, an admin changing their own account is
// told what it does to them, and a confirmed change hands the focus back to its button.
import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { consoleSql } from "../fixtures/console-db";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.admin });

async function serviceUserId() {
  const [row] = await consoleSql<{ id: string }>(
    "SELECT service_user_id AS id FROM homeserver WHERE id = 'default'",
  );
  if (!row?.id) throw new Error("the console has no service account on record");
  return row.id;
}

test("the console's service account is marked, and the changes it never takes are not offered", async ({
  page,
}) => {
  const serviceId = await serviceUserId();
  await expect(await openUserPage(page, serviceId)).toBeVisible();
  await expect(page.getByText("console service account", { exact: true })).toBeVisible();
  await expect(page.getByText("This is the console's own service account")).toContainText(
    "Not offered here: Edit profile, Reset password, Lock, Suspend, Shadow-ban",
  );
  for (const name of ["Lock", "Suspend", "Shadow-ban", "Reset password", "Revoke server admin"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: "Deactivate", exact: true })).toHaveCount(0);
  // What it may still be given: a rate limit, a room to join.
  await expect(page.getByRole("button", { name: "Join to room" })).toBeVisible();
  const devices = page.getByRole("table", { name: "Devices" });
  await expect(devices.getByRole("row").nth(1)).toBeVisible();
  await expect(devices.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Delete \d+ selected/ })).toHaveCount(0);
  await shoot(page, "user-service-account");

  // An ordinary admin user still gets them all.
  const other = await registerUniqueUser("svc-contrast", { admin: true });
  await openUserPage(page, other.id);
  await expect(page.getByRole("button", { name: "Lock", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Revoke server admin" })).toBeVisible();
  await expect(page.getByText("console service account", { exact: true })).toHaveCount(0);
});

test("an admin changing their own account is told what it does to them first", async ({ page }) => {
  await openUserPage(page, e2eUsers.admin.id);
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(
    "This is your own account: you are signed out of the console now, and cannot sign in again until another admin unlocks you.",
  );
  await shoot(page, "user-own-account-lock");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Revoke server admin" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("This is your own account:");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText(
    "you are signed out of the console now and can never sign in with this account again",
  );
  await page.keyboard.press("Escape");

  // A generated password would leave with the session it ends, before it could be copied.
  await page.getByRole("button", { name: "Reset password", exact: true }).click();
  const reset = page.getByRole("dialog");
  await expect(reset).toContainText("Type the new password: you sign in again with it.");
  await expect(reset).toContainText("sign in again with the password you type here");
  await reset.getByRole("button", { name: "Reset password" }).click();
  await expect(reset.getByText("Password is required for your own account")).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await findAuditRecords("user.reset_password", e2eUsers.admin.id)).toEqual([]);
  // Cancelled: nothing changed.
  expect((await (await synapseAsAdmin()).users.get(e2eUsers.admin.id)).locked).toBe(false);

  // Someone else's lock says nothing of the kind.
  const other = await registerUniqueUser("own-contrast");
  await openUserPage(page, other.id);
  await page.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(page.getByRole("alertdialog")).toContainText(`${other.id} will be locked`);
  await expect(page.getByRole("alertdialog")).not.toContainText("your own account");
});

test("after a confirmed change, the focus is back on its button, not at the page's top", async ({
  page,
}) => {
  const user = await registerUniqueUser("focus-back");
  await openUserPage(page, user.id);
  const lock = page.getByRole("button", { name: "Lock", exact: true });
  await lock.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("alertdialog").getByRole("button", { name: "Lock" }).press("Enter");
  await expect(page.getByText(`${user.id} is locked.`)).toBeVisible();
  // The same button, now the other way.
  const unlock = page.getByRole("button", { name: "Unlock", exact: true });
  await expect(unlock).toBeFocused();
  expect(await findAuditRecords("user.set_locked", user.id)).toMatchObject([
    { outcome: "success", input: { enabled: true } },
  ]);
  // And the keyboard goes on from there.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog")).toContainText(`${user.id} will be unlocked`);
});
