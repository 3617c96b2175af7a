import { expect, test, type Page } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { expectExamplePlaceholders } from "../fixtures/placeholders";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { confirmAction, openUserPage } from "../fixtures/user-page";
import { shoot } from "../fixtures/shots";

test.use({ storageState: storageStates.operator });

const NO_LIMIT = "no limit (exempt from every rate limit)";

async function openRateLimitDialog(page: Page) {
  await page.getByRole("button", { name: "Set rate limit" }).click();
  return page.getByRole("dialog");
}

test("empty fields are refused with a message, and nothing reaches Synapse", async ({ page }) => {
  const user = await registerUniqueUser("rl-empty");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);
  await expect(page.getByText("none (server default)")).toBeVisible();

  const dialog = await openRateLimitDialog(page);
  await expect(dialog.getByLabel("Custom limit")).toBeChecked();
  await expect(dialog.getByLabel("Messages per second")).toHaveValue("");
  await expectExamplePlaceholders(dialog, 2);
  await dialog.getByRole("button", { name: "Save override" }).click();
  await expect(dialog.getByText("Messages per second must not be empty")).toBeVisible();
  await expect(dialog.getByText("Burst count must not be empty")).toBeVisible();
  await expect(dialog.getByLabel("Messages per second")).toHaveAttribute("aria-invalid", "true");

  // A 0 typed in is not "no limit" in disguise: the form points at the choice that says so.
  await dialog.getByLabel("Messages per second").fill("0");
  await dialog.getByLabel("Burst count").fill("5000");
  await dialog.getByRole("button", { name: "Save override" }).click();
  await expect(
    dialog.getByText(
      'Messages per second must be at least 1; to lift the limit, choose "No limit"',
    ),
  ).toBeVisible();
  await expect(
    dialog.getByText('Burst count must be at most 1000; for more, choose "No limit"'),
  ).toBeVisible();
  await shoot(page, "rate-limit", { viewport: true });

  await expect(dialog).toBeVisible();
  expect(await synapse.users.rateLimit.get(user.id)).toBeNull();
  expect(await findAuditRecords("user.set_ratelimit", user.id)).toEqual([]);
});

test('"No limit" is saved as Synapse\'s 0 and 0, and said as no limit', async ({ page }) => {
  const user = await registerUniqueUser("rl-none");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);

  const dialog = await openRateLimitDialog(page);
  await dialog.getByLabel(/^No limit/).check();
  await expect(dialog.getByLabel("Messages per second")).toBeDisabled();
  await dialog.getByRole("button", { name: "Save override" }).click();
  await expect(page.getByText(`Rate limit of ${user.id}: ${NO_LIMIT}.`)).toBeVisible();
  await expect(page.getByText(NO_LIMIT, { exact: true })).toBeVisible();
  expect(await synapse.users.rateLimit.get(user.id)).toEqual({
    messagesPerSecond: 0,
    burstCount: 0,
  });
  expect(await findAuditRecords("user.set_ratelimit", user.id)).toMatchObject([
    { outcome: "success", input: { userId: user.id, limit: { kind: "none" } } },
  ]);

  // Opened again, the form shows the choice Synapse holds.
  await openRateLimitDialog(page);
  await expect(dialog.getByLabel(/^No limit/)).toBeChecked();
});

test("a custom limit is saved, shown, offered again, and cleared", async ({ page }) => {
  const user = await registerUniqueUser("rl-custom");
  const synapse = await synapseAsAdmin();
  await openUserPage(page, user.id);

  const dialog = await openRateLimitDialog(page);
  await dialog.getByLabel("Messages per second").fill("3");
  await dialog.getByLabel("Burst count").fill("7");
  await dialog.getByRole("button", { name: "Save override" }).click();
  const described = "3 messages per second, in bursts of up to 7 messages";
  await expect(page.getByText(`Rate limit of ${user.id}: ${described}.`)).toBeVisible();
  await expect(page.getByText(described, { exact: true })).toBeVisible();
  expect(await synapse.users.rateLimit.get(user.id)).toEqual({
    messagesPerSecond: 3,
    burstCount: 7,
  });

  await openRateLimitDialog(page);
  await expect(dialog.getByLabel("Messages per second")).toHaveValue("3");
  await expect(dialog.getByLabel("Burst count")).toHaveValue("7");
  await page.keyboard.press("Escape");

  await confirmAction(page, "Clear rate limit", "Clear override");
  await expect(page.getByText(`${user.id} follows the server's rate limits again.`)).toBeVisible();
  expect(await synapse.users.rateLimit.get(user.id)).toBeNull();
  expect(await findAuditRecords("user.set_ratelimit", user.id)).toMatchObject([
    {
      outcome: "success",
      input: { limit: { kind: "custom", messagesPerSecond: 3, burstCount: 7 } },
    },
  ]);
  expect(await findAuditRecords("user.clear_ratelimit", user.id)).toMatchObject([
    { outcome: "success" },
  ]);
});
