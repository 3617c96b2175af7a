import { expect, test } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.operator });

const login = (user: string, password: string) =>
  createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user, password });

test("an operator resets a password to a generated one, shown once, that works", async ({
  page,
}) => {
  const user = await registerUniqueUser("pwgen");
  await openUserPage(page, user.id);

  await page.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Log out all of their devices")).toBeChecked();
  await dialog.getByRole("button", { name: "Reset password" }).click();
  const shown = dialog.getByLabel("New password (shown only now)");
  await expect(shown).toHaveValue(/^[A-Za-z0-9_-]{24}$/);
  const generated = await shown.inputValue();

  expect((await login(user.id, generated)).user_id).toBe(user.id);
  await expect(login(user.id, user.password)).rejects.toThrow();

  // Closing the dialog forgets it: opening it again shows the form, not the password.
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByRole("dialog").getByLabel("New password", { exact: true })).toBeVisible();
  await expect(page.getByText(generated)).toHaveCount(0);

  const audit = await findAuditRecords("user.reset_password", user.id);
  expect(audit).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { userId: user.id, password: "[redacted]", logoutDevices: true },
    },
  ]);
  expect(JSON.stringify(audit)).not.toContain(generated);
});

test("an operator sets a chosen password without logging devices out", async ({ page }) => {
  const user = await registerUniqueUser("pwset");
  const chosen = `Chosen-${Date.now()}`;
  await openUserPage(page, user.id);

  await page.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("New password", { exact: true }).fill(chosen);
  await dialog.getByLabel("Log out all of their devices").uncheck();
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText(`The password of ${user.id} was reset.`)).toBeVisible();

  expect((await login(user.id, chosen)).user_id).toBe(user.id);
  // The old session survives, since the devices were not logged out.
  const asUser = createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => user.accessToken },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  expect((await asUser.session.whoAmI()).user_id).toBe(user.id);
  expect(await findAuditRecords("user.reset_password", user.id)).toMatchObject([
    { outcome: "success", input: { password: "[redacted]", logoutDevices: false } },
  ]);
});

test("a too-short password is refused by the form before anything is sent", async ({ page }) => {
  const user = await registerUniqueUser("pwshort");
  await openUserPage(page, user.id);
  await page.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("New password", { exact: true }).fill("short");
  await dialog.getByRole("button", { name: "Reset password" }).click();
  await expect(
    dialog.getByText("Password must be at least 8 characters, or empty to generate one"),
  ).toBeVisible();
  expect(await findAuditRecords("user.reset_password", user.id)).toHaveLength(0);
});
