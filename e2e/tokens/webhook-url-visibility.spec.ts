import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectOverview, signInWithPassword, storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** The page's HTML and its RSC payload, as a client of the console receives them. */
async function whatTheServerSends(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
  return html + rsc;
}

test("webhook URLs are refused for loopback, and shown to admins only: a viewer's Tokens page carries none", async ({
  page,
  browser,
}) => {
  const synapse = await synapseAsAdmin();
  const bot = await registerUniqueUser("e2e-hook-bot");
  await synapse.users.update(bot.id, { user_type: "bot" });
  // A documentation address: public by the rules, and never contacted (nothing is rotated here).
  const secretPath = `hook-${randomBytes(6).toString("hex")}`;
  const webhookUrl = `https://93.184.215.14/${secretPath}`;

  // Other tests' bots share the server: the list is narrowed to this one.
  const listPath = `/tokens?q=${encodeURIComponent(bot.id)}`;
  await page.goto(listPath);
  const card = page.getByTestId(`token-account-${bot.id}`);
  await card.getByRole("button", { name: "Manage" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Webhook URL (optional)").fill("https://localhost/hook");
  await dialog.getByLabel("Webhook secret").fill("e2e-webhook-secret");
  await dialog.getByRole("button", { name: "Manage account" }).click();
  await expect(page.getByText(/is (127\.0\.0\.1|::1), a loopback address/).first()).toBeVisible();

  await dialog.getByLabel("Webhook URL (optional)").fill(webhookUrl);
  await dialog.getByRole("button", { name: "Manage account" }).click();
  await expect(page.getByText(`${bot.id} is now managed.`)).toBeVisible();
  await card.getByRole("button", { name: "Details" }).click();
  await expect(card).toContainText(`webhook ${webhookUrl}`);

  const viewer = await registerUniqueUser("hookviewer");
  await page.goto("/settings");
  await page.getByLabel("Matrix user ID").fill(viewer.id);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Grant role" }).click();
  await expect(page.getByRole("table", { name: "Console roles" })).toContainText(viewer.id);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const viewerPage = await context.newPage();
  await signInWithPassword(viewerPage, viewer.id, viewer.password);
  await expectOverview(viewerPage);
  await viewerPage.goto(listPath);
  const viewerCard = viewerPage.getByTestId(`token-account-${bot.id}`);
  await viewerCard.getByRole("button", { name: "Details" }).click();
  await expect(viewerCard).toContainText("Managed: max age");
  await expect(viewerCard).not.toContainText("webhook");
  // A viewer sees the account but none of an admin's actions.
  await expect(viewerCard.getByRole("button", { name: "Rotate now" })).toHaveCount(0);
  await expect(viewerCard.getByRole("button", { name: "Edit policy" })).toHaveCount(0);
  const sent = await whatTheServerSends(viewerPage, listPath);
  expect(sent).toContain(bot.id);
  expect(sent).not.toContain(secretPath);
  // Nor in the audit history a viewer reads on the bot's page.
  expect(
    await whatTheServerSends(viewerPage, `/users/${encodeURIComponent(bot.id)}`),
  ).not.toContain(secretPath);
  await context.close();

  // The same requests as the admin do carry it, so its absence above means something.
  expect(await whatTheServerSends(page, listPath)).toContain(secretPath);
});
