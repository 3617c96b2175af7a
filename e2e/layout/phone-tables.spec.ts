import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { setTestPusher } from "@/lib/synapse/testing/user-activity";
import { expectFitsThePhone, expectPageFits } from "../fixtures/phone-fit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

// Issue 14: on a phone a table of many columns is a list of compact blocks, each fact labelled,
// not a table squeezed until IDs break letter by letter or scrolled sideways inside its card.
test.use({ storageState: storageStates.operator, viewport: { width: 390, height: 844 } });

test("a user's devices and sessions are compact blocks on a phone, each fact labelled", async ({
  page,
}) => {
  const user = await registerUniqueUser(`phone${randomBytes(3).toString("hex")}`);
  // A used device: its address and client show in both tables.
  const userAgent = `PhoneBlocks/1.0 (${randomBytes(3).toString("hex")})`;
  await setTestPusher(
    { baseUrl: synapseUrl(), token: user.accessToken, userAgent },
    {
      pushkey: `key-${randomBytes(8).toString("hex")}`,
      appDisplayName: "App",
      deviceDisplayName: "Phone",
    },
  );
  await expect(await openUserPage(page, user.id)).toBeVisible();

  const devices = page.getByRole("table", { name: "Devices" });
  await expectFitsThePhone(devices);
  const device = devices.getByTestId("device-row").first();
  // The header is hidden; each fact says its column.
  await expect(devices.getByRole("columnheader").first()).toBeHidden();
  await expect(device.locator('[data-label="Last seen"]')).toBeVisible();
  await expect(device.getByRole("button", { name: "Rename" })).toBeVisible();

  const sessions = page.getByRole("table", { name: "Sessions" });
  await expectFitsThePhone(sessions);
  const session = sessions.getByTestId("session-row").filter({ hasText: userAgent });
  await expect(session.locator('[data-label="User agent"]')).toHaveText(userAgent);
  await expectPageFits(page);
  await session.scrollIntoViewIfNeeded();
  await shoot(page, "phone-user-sessions", { viewport: true });
});

test("the History and the overview's latest changes are compact blocks on a phone", async ({
  page,
}) => {
  await page.goto("/history");
  const history = page.getByRole("table", { name: "Audit log" });
  await expectFitsThePhone(history);
  // The sentence leads each entry and links to it.
  const entry = history.getByTestId("history-row").first();
  await expect(entry.getByRole("link").first()).toHaveAttribute("href", /^\/history\/\d+$/);
  await expectPageFits(page);
  await shoot(page, "phone-history", { viewport: true });

  await page.goto("/");
  await expectFitsThePhone(page.getByRole("table", { name: "Audit log" }));
  await expectPageFits(page);
});
