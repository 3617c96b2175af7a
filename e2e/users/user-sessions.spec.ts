import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { setTestPusher } from "@/lib/synapse/testing/user-activity";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.operator });

test("an operator sees a user's sessions per device: address, client, and when in words", async ({
  page,
}) => {
  const user = await registerUniqueUser("sessions");
  // A client of its own, so the row can only come from this session. Synapse records a token's
  // user agent on its first request from an address.
  const userAgent = `SessionsPhone/3.1 (${randomBytes(3).toString("hex")})`;
  await setTestPusher(
    { baseUrl: synapseUrl(), token: user.accessToken, userAgent },
    {
      pushkey: `key-${randomBytes(8).toString("hex")}`,
      appDisplayName: "App",
      deviceDisplayName: "Phone",
    },
  );
  const synapse = await synapseAsAdmin();
  const [device] = (await synapse.devices.list(user.id)).devices;
  const deviceId = device?.device_id ?? "";

  await expect(await openUserPage(page, user.id)).toBeVisible();
  const sessions = page.getByRole("table", { name: "Sessions" });
  const row = sessions.getByTestId("session-row").filter({ hasText: userAgent });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-device", deviceId);
  await expect(row.getByRole("cell").first()).toContainText(deviceId);
  await expect(row.getByRole("cell").nth(1)).toHaveText(/^(127\.0\.0\.1|::1)$/);
  // In words, with the exact time on hover.
  const seen = row.locator("time");
  await expect(seen).toHaveText(/just now|seconds? ago|minutes? ago/);
  await expect(seen).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
  await shoot(sessions, "user-sessions");
});

test("the users list search finds a user by email address, and says when nobody has one", async ({
  page,
}) => {
  const user = await registerUniqueUser("bymail");
  const email = `Mail-${randomBytes(4).toString("hex")}@Example.org`;
  const synapse = await synapseAsAdmin();
  await synapse.users.update(user.id, {
    threepids: [{ medium: "email", address: email.toLowerCase() }],
  });

  await page.goto("/users");
  await page.getByLabel("Search user ID or display name").fill(email);
  await page.keyboard.press("Enter");
  const match = page.getByTestId("threepid-match");
  await expect(match).toContainText(`The email address ${email} belongs to`);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(email)}`));
  await shoot(page, "users-search-by-email", { viewport: true });
  await match.getByRole("link", { name: user.id }).click();
  await expect(page.getByRole("heading", { level: 1, name: user.id })).toBeVisible();

  await page.goto("/users");
  const nobody = `nobody-${randomBytes(4).toString("hex")}@example.org`;
  await page.getByLabel("Search user ID or display name").fill(nobody);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("threepid-match")).toContainText(
    `No account has the email address ${nobody}`,
  );
  // The name search still ran below it.
  await expect(page.getByText("No users match.")).toBeVisible();
});
