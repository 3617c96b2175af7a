import { expect, test } from "@playwright/test";
import { isSynapseError } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";
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
  // Other tests' bots share the server: the search finds this one, and the URL keeps it.
  await page.getByLabel("Search user ID").fill(bot.id);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(bot.id)}`));
  await expect(page.getByTestId("tokens-range")).toHaveText("1–1 of 1");
  // Bots are listed as candidates without being managed.
  const account = page.getByTestId(`token-account-${bot.id}`);
  await expect(account.getByRole("link", { name: bot.id })).toHaveAttribute(
    "href",
    `/users/${encodeURIComponent(bot.id)}`,
  );
  await expect(account.getByRole("row").first()).toContainText("not managed");
  await account.getByRole("button", { name: "Details" }).click();
  await expect(account).toContainText("Not managed");
  const tokens = page.getByRole("table", { name: `Tokens of ${bot.id}` });
  await expect(tokens.getByRole("row").filter({ hasText: device!.device_id })).toBeVisible();

  await account.getByRole("button", { name: "Manage" }).click();
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
  await expect(account).toContainText("grace 0 min");
  // Managed, never rotated by the console: its row says the rotation is due.
  await expect(account.getByRole("row").first()).toContainText("due: never rotated");

  await account.getByRole("button", { name: "Rotate now" }).click();
  await account.getByRole("link", { name: "Open the run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  const runId = page.url().split("/").pop() ?? "";

  // Back to the list as it was left: the URL held the search.
  await page.goBack();
  await expect(page.getByLabel("Search user ID")).toHaveValue(bot.id);
  await page.reload();
  const row = account.getByRole("row").first();
  await expect(row).toContainText(/due in (89|90) days/);
  await account.getByRole("button", { name: "Details" }).click();
  await expect(account).toContainText("(ok)");
  await account.getByRole("button", { name: "Reveal new token" }).click();
  const shown = account.getByRole("textbox", { name: `New token of ${bot.id}` });
  await expect(shown).toHaveValue(/\S{20,}/);
  const newToken = await shown.inputValue();
  await shoot(page, "tokens-revealed");

  // On Synapse: the new token acts as the bot; the old one ended with the grace period (0 min).
  expect(await whoHolds(newToken)).toBe(bot.id);
  expect(await whoHolds(bot.accessToken)).toBe("401");
  expect((await synapse.devices.list(bot.id)).devices.map((d) => d.device_id)).toEqual([
    other.device_id,
  ]);
  expect(await whoHolds(other.access_token)).toBe(bot.id);

  // Shown once: after a reload there is nothing left to reveal.
  await page.reload();
  await expect(account.getByRole("button", { name: "Rotate now" })).toBeVisible();
  await expect(account.getByRole("button", { name: "Reveal new token" })).toHaveCount(0);
  // The console's token and the other device; the old device is gone from the list too.
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await account.getByRole("button", { name: "Details" }).click();
  await expect(account).toContainText("console token");
  await expect(tokens.getByRole("row").filter({ hasText: device!.device_id })).toHaveCount(0);

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
