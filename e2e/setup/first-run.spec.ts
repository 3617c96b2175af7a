import { expect, test } from "@playwright/test";
import { consoleServers, SETUP_TOKEN } from "../fixtures/console-servers";
import { expectOverview, signInWithPassword } from "../fixtures/sign-in";
import { e2eUsers, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

const fresh = consoleServers.fresh.url;

test("first run: the setup page tells exactly what is wrong, then connects and the admin signs in", async ({
  page,
}) => {
  await page.goto(`${fresh}/sign-in`);
  await expect(page).toHaveURL(`${fresh}/setup`);

  const fill = async (fields: { token?: string; url: string; secret: string }) => {
    await page.getByLabel("Setup token").fill(fields.token ?? SETUP_TOKEN);
    await page.getByLabel("Homeserver URL").fill(fields.url);
    await page.getByLabel("Registration shared secret").fill(fields.secret);
  };
  const testConnection = () => page.getByRole("button", { name: "Test connection" }).click();
  const sharedSecret = process.env.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "";

  await fill({ token: "wrong-token-0000000", url: synapseUrl(), secret: sharedSecret });
  await testConnection();
  await expect(page.getByText("The setup token is wrong.")).toBeVisible();

  await fill({ url: "http://127.0.0.1:9", secret: sharedSecret });
  await testConnection();
  await expect(page.getByText(/could not be reached/)).toBeVisible();

  await fill({ url: synapseUrl(), secret: "not-the-shared-secret" });
  await testConnection();
  await expect(page.getByText(/HMAC incorrect/)).toBeVisible();

  await fill({ url: "not a url", secret: sharedSecret });
  await testConnection();
  await expect(page.getByText("Homeserver URL must be an http:// or https:// URL")).toBeVisible();

  await fill({ url: synapseUrl(), secret: sharedSecret });
  await testConnection();
  const { server_version } = await (await synapseAsAdmin()).server.version();
  await expect(page.getByRole("status")).toContainText(
    `Synapse ${server_version}, acting as @console-bot:`,
  );

  await page.getByRole("button", { name: "Save connection" }).click();
  await expect(page).toHaveURL(`${fresh}/sign-in`);
  await page.goto(`${fresh}/setup`);
  await expect(page).toHaveURL(`${fresh}/sign-in`);

  await signInWithPassword(page, e2eUsers.admin.id, e2eUsers.admin.password, fresh);
  await expectOverview(page);
  await expect(page.getByText(server_version)).toBeVisible();
  await expect(page.getByText("Configured in setup")).toBeVisible();
});
