import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { grantConsoleRole } from "../fixtures/console-db";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";
import { createSynapseClient } from "@/lib/synapse";

test.use({ storageState: storageStates.operator });

/** Logs the user in `count` more times, each login a new device with the given names. */
async function loginDevices(user: { id: string; password: string }, names: string[]) {
  const anonymous = createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const logins = [];
  for (const name of names)
    logins.push(
      await anonymous.session.login({
        user: user.id,
        password: user.password,
        deviceDisplayName: name,
      }),
    );
  return logins;
}

const deviceIdsOf = async (userId: string) =>
  (await (await synapseAsAdmin()).devices.list(userId)).devices.map((d) => d.device_id).sort();

test("an operator renames a device and deletes one, both audited on the user", async ({ page }) => {
  const user = await registerUniqueUser("devren");
  const [phone, tablet] = await loginDevices(user, ["phone", "tablet"]);
  await expect(await openUserPage(page, user.id)).toBeVisible();

  await page.getByRole("button", { name: `Rename ${phone!.device_id}` }).click();
  const rename = page.getByRole("dialog", { name: `Rename device ${phone!.device_id}` });
  await rename.getByLabel("Name").fill("Work phone");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText(`is now called "Work phone"`)).toBeVisible();
  const devices = (await (await synapseAsAdmin()).devices.list(user.id)).devices;
  expect(devices.find((d) => d.device_id === phone!.device_id)?.display_name).toBe("Work phone");

  await page.getByRole("button", { name: `Delete ${tablet!.device_id}` }).click();
  const confirm = page.getByRole("dialog", { name: `Delete 1 device of ${user.id}` });
  await expect(confirm).toContainText("logged out at once");
  await expect(confirm.getByRole("list", { name: "Devices to delete" })).toHaveText(
    `${tablet!.device_id} (tablet)`,
  );
  await confirm.getByRole("button", { name: "Delete 1 device" }).click();
  await expect(confirm.getByTestId("device-delete-summary")).toHaveText("1 of 1 deleted.");
  await confirm.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("device-row")).toHaveCount(2);
  expect(await deviceIdsOf(user.id)).not.toContain(tablet!.device_id);
  expect(await deviceIdsOf(user.id)).toHaveLength(2);

  expect(await findAuditRecords("device.rename", user.id)).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { deviceId: phone!.device_id, displayName: "Work phone" },
    },
  ]);
  expect(await findAuditRecords("device.delete", user.id)).toMatchObject([
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { deviceId: tablet!.device_id } },
  ]);
});

test("an operator deletes the selected devices only, with an audit row per device", async ({
  page,
}) => {
  const user = await registerUniqueUser("devdel");
  const logins = await loginDevices(user, ["a", "b", "c"]);
  const chosen = [logins[0]!.device_id, logins[2]!.device_id];
  const before = await deviceIdsOf(user.id);
  expect(before).toHaveLength(4);
  await openUserPage(page, user.id);

  for (const deviceId of chosen) await page.getByLabel(`Select ${deviceId}`).check();
  await page.getByRole("button", { name: "Delete 2 selected" }).click();
  const confirm = page.getByRole("dialog", { name: `Delete 2 devices of ${user.id}` });
  await expect(confirm).toContainText(`${user.id} must sign in again there`);
  await confirm.getByRole("button", { name: "Delete 2 devices" }).click();
  await expect(confirm.getByTestId("device-delete-summary")).toHaveText("2 of 2 deleted.");
  await confirm.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("device-row")).toHaveCount(2);

  expect(await deviceIdsOf(user.id)).toEqual(before.filter((id) => !chosen.includes(id)));
  const audit = await findAuditRecords("device.delete", user.id);
  expect(audit.map((row) => (row.input as { deviceId: string }).deviceId).sort()).toEqual(
    [...chosen].sort(),
  );
  expect(
    audit.every((row) => row.outcome === "success" && row.actor_id === e2eUsers.operator.id),
  ).toBe(true);
});

test("a viewer sees when a device was last used, not its IP address or client", async ({
  page,
  browser,
}) => {
  const user = await registerUniqueUser("devpriv");
  const [laptop] = await loginDevices(user, ["laptop"]);
  // A request with the device's token, so Synapse keeps the IP and client it came from.
  const client = `PrivacyProbe/${Date.now()}`;
  const whoami = await fetch(`${synapseUrl()}/_matrix/client/v3/account/whoami`, {
    headers: { Authorization: `Bearer ${laptop!.access_token}`, "User-Agent": client },
  });
  expect(whoami.ok).toBe(true);

  // The operator sees both.
  await openUserPage(page, user.id);
  const operatorTable = page.getByRole("table", { name: "Devices" });
  await expect(operatorTable.getByRole("columnheader", { name: "IP" })).toBeVisible();
  await expect(operatorTable).toContainText(client);

  const viewer = await registerUniqueUser("devpriv-viewer");
  await grantConsoleRole(viewer.id, "viewer");
  const { context, page: viewerPage } = await signInInNewBrowser(browser, viewer);
  await expect(await openUserPage(viewerPage, user.id)).toBeVisible();
  const table = viewerPage.getByRole("table", { name: "Devices" });
  await expect(table.getByRole("row", { name: new RegExp(laptop!.device_id) })).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Device", "Name", "Last seen"]);
  // Neither drawn nor sent: the page's HTML and the data React got hold no trace of them.
  expect(await viewerPage.content()).not.toContain(client);
  expect(await (await viewerPage.request.get(viewerPage.url())).text()).not.toContain(client);
  await context.close();
});
