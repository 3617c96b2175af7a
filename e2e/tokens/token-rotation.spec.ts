import { expect, test } from "@playwright/test";
import { isSynapseError } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** Whom a token acts as on Synapse itself, or "401" once Synapse refuses it. */
async function whoHolds(token: string) {
  const synapse = await synapseAsAdmin();
  try {
    return (await synapse.session.whoAmI(token)).user_id;
  } catch (error) {
    if (isSynapseError(error, "unauthorized")) return "401";
    throw error;
  }
}

test("an admin manages a bot, rotates its token, reveals the new one once; the old one stops working after the grace period", async ({
  page,
}) => {
  const synapse = await synapseAsAdmin();
  const bot = await registerUniqueUser("e2e-token-bot");
  await synapse.users.update(bot.id, { user_type: "bot" });
  const [device] = (await synapse.devices.list(bot.id)).devices;
  // A second device, which the rotation must leave alone.
  const other = await synapse.session.login({ user: bot.id, password: bot.password });
  expect(await whoHolds(bot.accessToken)).toBe(bot.id);

  await page.goto("/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Tokens" })).toBeVisible();
  // Bots are listed as candidates without being managed.
  const card = page.getByTestId(`token-account-${bot.id}`);
  await expect(card).toContainText("Not managed");
  await expect(card.getByRole("row").filter({ hasText: device!.device_id })).toBeVisible();

  await card.getByRole("button", { name: "Manage" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Grace period (minutes)").fill("0");
  // The device is a choice among the bot's own devices, as Synapse lists them.
  const choice = dialog.getByLabel("Device the account uses now (optional)");
  await expect(choice).toBeEnabled();
  const offered = await choice
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(offered.sort()).toEqual(["", device!.device_id, other.device_id].sort());
  await choice.selectOption(device!.device_id);
  await dialog.getByRole("button", { name: "Manage account" }).click();
  await expect(page.getByText(`${bot.id} is now managed.`)).toBeVisible();
  await expect(card).toContainText("grace 0 min");

  await card.getByRole("button", { name: "Rotate now" }).click();
  await card.getByRole("link", { name: "Open the run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  const runId = page.url().split("/").pop() ?? "";

  await page.goto("/tokens");
  await expect(card).toContainText("(ok)");
  await card.getByRole("button", { name: "Reveal new token" }).click();
  const shown = card.getByRole("textbox", { name: `New token of ${bot.id}` });
  await expect(shown).toHaveValue(/\S{20,}/);
  const newToken = await shown.inputValue();
  // For people reviewing the page: SCREENSHOT_DIR=/tmp/shots keeps a picture of it.
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/tokens.png`, fullPage: true });
  }

  // On Synapse: the new token acts as the bot; the old one ended with the grace period (0 min).
  expect(await whoHolds(newToken)).toBe(bot.id);
  expect(await whoHolds(bot.accessToken)).toBe("401");
  expect((await synapse.devices.list(bot.id)).devices.map((d) => d.device_id)).toEqual([
    other.device_id,
  ]);
  expect(await whoHolds(other.access_token)).toBe(bot.id);

  // Shown once: after a reload there is nothing left to reveal.
  await page.reload();
  await expect(card.getByRole("button", { name: "Rotate now" })).toBeVisible();
  await expect(card.getByRole("button", { name: "Reveal new token" })).toHaveCount(0);
  await expect(card).toContainText("console token");

  const actor = `job:${runId}`;
  expect(await findAuditRecords("token.manage", bot.id)).toMatchObject([{ outcome: "success" }]);
  expect(await findAuditRecords("token.mint", bot.id)).toMatchObject([
    { actor_id: actor, outcome: "success" },
  ]);
  expect(await findAuditRecords("token.revoke_old", bot.id)).toMatchObject([
    { actor_id: actor, input: { deviceId: device!.device_id }, outcome: "success" },
  ]);
  const reveals = await findAuditRecords("token.reveal", bot.id);
  expect(reveals).toMatchObject([{ input: { userId: bot.id }, outcome: "success" }]);
  expect(JSON.stringify(reveals)).not.toContain(newToken);
});

test("the manage dialog offers the devices of the account typed in, read from Synapse", async ({
  page,
}) => {
  const person = await registerUniqueUser("e2e-token-person");
  const [device] = (await (await synapseAsAdmin()).devices.list(person.id)).devices;

  await page.goto("/tokens");
  await page.getByRole("button", { name: "Manage an account" }).click();
  const dialog = page.getByRole("dialog");
  const choice = dialog.getByLabel("Device the account uses now (optional)");
  await expect(choice).toBeDisabled();
  await expect(dialog).toContainText("Enter the account to choose among its devices.");
  await dialog.getByLabel("Account", { exact: true }).fill(person.id);
  await dialog.getByLabel("Account", { exact: true }).blur();
  await expect(choice).toBeEnabled();
  await expect(choice.locator("option")).toHaveText([
    "None: leave its devices alone",
    new RegExp(`^${device!.device_id}`),
  ]);

  // Someone who does not exist has no devices to offer; the dialog says why.
  await dialog.getByLabel("Account", { exact: true }).fill("@nobody-here:localhost");
  await dialog.getByLabel("Account", { exact: true }).blur();
  await expect(dialog).toContainText("Its devices could not be read");
  await expect(choice).toBeDisabled();
});
