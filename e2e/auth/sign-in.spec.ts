import { expect, test } from "@playwright/test";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";

// Next's route announcer is an alert too; the form's alert is the one with the message.
const signInAlert = (page: import("@playwright/test").Page, text: string) =>
  page.getByRole("alert").filter({ hasText: text });

const statValue = (page: import("@playwright/test").Page, label: string) =>
  page
    .getByRole("region", { name: "Homeserver" })
    .locator("div", { hasText: label })
    .locator("h3")
    .first();

test("a Synapse admin signs in and sees the real server version and counts", async ({ page }) => {
  const synapse = await synapseAsAdmin();
  const usersBefore = (await synapse.users.list({ limit: 1 })).total;
  const roomsBefore = (await synapse.rooms.list({ limit: 1 })).total_rooms;

  await signInWithPassword(page, e2eUsers.admin.id, e2eUsers.admin.password);
  await expectOverview(page);

  const { server_version } = await synapse.server.version();
  await expect(statValue(page, "Synapse version")).toHaveText(server_version);
  // Other tests register users at the same time: the page's figure lies between two API reads.
  const usersShown = Number((await statValue(page, "Users").innerText()).replaceAll(",", ""));
  const usersAfter = (await synapse.users.list({ limit: 1 })).total;
  expect(usersShown).toBeGreaterThanOrEqual(usersBefore);
  expect(usersShown).toBeLessThanOrEqual(usersAfter);
  const roomsShown = Number((await statValue(page, "Rooms").innerText()).replaceAll(",", ""));
  expect(roomsShown).toBeGreaterThanOrEqual(roomsBefore);
  expect(roomsShown).toBeLessThanOrEqual((await synapse.rooms.list({ limit: 1 })).total_rooms);
  await expect(page.getByRole("button", { name: `Account ${e2eUsers.admin.id}` })).toBeVisible();
});

test("a wrong password gets a clear message", async ({ page }) => {
  await signInWithPassword(page, e2eUsers.admin.id, "not-the-password");
  await expect(signInAlert(page, "Wrong user ID or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a user without a console role is refused with a clear message", async ({ page }) => {
  await signInWithPassword(page, "e2e-user", e2eUsers.plain.password);
  await expect(
    signInAlert(
      page,
      `${e2eUsers.plain.id} has no role in this console. Ask a console admin to grant you one.`,
    ),
  ).toBeVisible();
});

test("an admin signs in with an access token, which is checked and left working", async ({
  page,
}) => {
  const admin = await registerUniqueUser("token-admin", { admin: true });
  await page.goto("/sign-in");
  await page.getByRole("tab", { name: "Access token" }).click();
  await page.getByLabel("Access token").fill(admin.accessToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectOverview(page);
  await expect(page.getByRole("button", { name: `Account ${admin.id}` })).toBeVisible();
  // The person's own token is only checked: it keeps working after the sign-in.
  const synapse = await synapseAsAdmin();
  expect((await synapse.session.whoAmI(admin.accessToken)).user_id).toBe(admin.id);
});

test("signing out ends the session", async ({ page }) => {
  await signInWithPassword(page, e2eUsers.admin.id, e2eUsers.admin.password);
  await expectOverview(page);
  await page.getByRole("button", { name: `Account ${e2eUsers.admin.id}` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("password sign-in leaves no device behind on Synapse", async ({ page }) => {
  const synapse = await synapseAsAdmin();
  const user = await registerUniqueUser("no-stray-device");
  const devicesBefore = (await synapse.devices.list(user.id)).devices.map(
    (device) => device.device_id,
  );
  await signInWithPassword(page, user.id, user.password);
  await expect(signInAlert(page, "has no role in this console")).toBeVisible();
  const devicesAfter = (await synapse.devices.list(user.id)).devices.map(
    (device) => device.device_id,
  );
  expect(devicesAfter).toEqual(devicesBefore);
});
