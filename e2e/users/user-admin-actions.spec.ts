import { expect, test } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { confirmAction, openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.admin });

test("an admin grants and revokes server admin", async ({ page }) => {
  const user = await registerUniqueUser("mkadmin");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);

  await page.getByRole("button", { name: "Make server admin" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    `${user.id} will become a Synapse server admin`,
  );
  await page.getByRole("alertdialog").getByRole("button", { name: "Make server admin" }).click();
  await expect(page.getByText(`${user.id} is now a server admin.`)).toBeVisible();
  expect(await synapse.users.isAdmin(user.id)).toBe(true);

  await confirmAction(page, "Revoke server admin");
  await expect(page.getByText(`${user.id} is no longer a server admin.`)).toBeVisible();
  expect(await synapse.users.isAdmin(user.id)).toBe(false);
  expect(await findAuditRecords("user.set_admin", user.id)).toMatchObject([
    { actor_id: e2eUsers.admin.id, outcome: "success", input: { enabled: true } },
    { actor_id: e2eUsers.admin.id, outcome: "success", input: { enabled: false } },
  ]);
});

test("an admin deactivates and erases a user after reading what will happen, then reactivates them", async ({
  page,
}) => {
  const user = await registerUniqueUser("deact");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);
  // Registration made one device, which the page lists.
  await expect(page.getByRole("table", { name: "Devices" }).getByRole("row")).toHaveCount(2);

  await page.getByRole("button", { name: "Deactivate" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(
    `Deactivate ${user.id}: 1 device logged out, removed from all rooms, can no longer sign in.`,
  );
  await dialog.getByLabel("Erase: hide their messages from people who join later").check();
  await expect(dialog).toContainText(
    `Deactivate and erase ${user.id}: 1 device logged out, removed from all rooms, can no longer sign in, messages hidden from new joiners.`,
  );
  await dialog.getByRole("button", { name: "Deactivate and erase" }).click();
  await expect(
    page.getByText(`${user.id} is deactivated; 1 device logged out, erased.`),
  ).toBeVisible();
  await expect(page.getByText("deactivated", { exact: true })).toBeVisible();
  expect(await synapse.users.get(user.id)).toMatchObject({ deactivated: true, erased: true });
  expect(await findAuditRecords("user.deactivate", user.id)).toMatchObject([
    { actor_id: e2eUsers.admin.id, outcome: "success", input: { userId: user.id, erase: true } },
  ]);

  const password = `Back-${Date.now()}`;
  await page.getByRole("button", { name: "Reactivate" }).click();
  await page.getByRole("dialog").getByLabel("New password").fill(password);
  await page.getByRole("dialog").getByRole("button", { name: "Reactivate" }).click();
  await expect(
    page.getByText(`${user.id} is active again and can sign in with the new password.`),
  ).toBeVisible();
  expect((await synapse.users.get(user.id)).deactivated).toBe(false);
  const login = await createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user: user.id, password });
  expect(login.user_id).toBe(user.id);
  expect(await findAuditRecords("user.reactivate", user.id)).toMatchObject([
    { outcome: "success", input: { password: "[redacted]" } },
  ]);
});
