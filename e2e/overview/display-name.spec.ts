import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

test("an operator changes a display name: Synapse changes and the audit log says who did it", async ({
  page,
}) => {
  const user = await registerUniqueUser("rename");
  const newName = `Renamed ${Date.now()}`;

  await page.goto("/");
  await page.getByLabel("User ID").fill(user.id);
  await page.getByLabel("New display name").fill(newName);
  await page.getByRole("button", { name: "Change display name" }).click();
  await expect(page.getByText(`${user.id} is now called "${newName}".`)).toBeVisible();

  const synapse = await synapseAsAdmin();
  expect((await synapse.users.get(user.id)).displayname).toBe(newName);

  const audit = await findAuditRecords("user.set_displayname", user.id);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    actor_id: e2eUsers.operator.id,
    outcome: "success",
    input: { userId: user.id, displayName: newName },
  });
  // The overview's audit table shows the change after the page refreshed itself.
  await expect(
    page.getByRole("table", { name: "Audit log" }).getByRole("row").filter({ hasText: user.id }),
  ).toContainText("user.set_displayname");
});

test("a malformed Matrix ID is refused by the form before anything is sent", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("User ID").fill("not-a-matrix-id");
  await page.getByLabel("New display name").fill("Whatever");
  await page.getByRole("button", { name: "Change display name" }).click();
  await expect(
    page.getByText("User ID must be a Matrix user ID such as @alice:example.org"),
  ).toBeVisible();
  expect(await findAuditRecords("user.set_displayname", "not-a-matrix-id")).toHaveLength(0);
});

test("renaming a user who does not exist fails clearly, creates nobody, and is audited as a failure", async ({
  page,
}) => {
  const ghost = `@ghost-${Date.now().toString(36)}:${e2eUsers.admin.id.split(":")[1]}`;
  await page.goto("/");
  await page.getByLabel("User ID").fill(ghost);
  await page.getByLabel("New display name").fill("Ghost");
  await page.getByRole("button", { name: "Change display name" }).click();
  await expect(page.getByText(`There is no user ${ghost} on this homeserver.`)).toBeVisible();

  const synapse = await synapseAsAdmin();
  await expect(synapse.users.get(ghost)).rejects.toMatchObject({ kind: "not_found" });
  const audit = await findAuditRecords("user.set_displayname", ghost);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    outcome: "failure",
    error_message: `There is no user ${ghost} on this homeserver.`,
  });
});
