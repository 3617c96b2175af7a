import { expect, test } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { ageInSynapse } from "./age-in-synapse";

// Saving jobs is for admins.
test.use({ storageState: storageStates.admin });

async function deviceIdsOf(userId: string) {
  const { devices } = await (await synapseAsAdmin()).devices.list(userId);
  return devices.map((device) => device.device_id).sort();
}

test("an admin saves the stale rule as a scheduled clean-up; its run re-reads Synapse and reports", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const user = await registerUniqueUser(`cleanup${stamp}`);
  const anonymous = createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  await anonymous.session.login({ user: user.id, password: user.password });
  const [first, second] = (await deviceIdsOf(user.id)) as [string, string];
  ageInSynapse({
    users: [],
    devices: [
      { userId: user.id, deviceId: first, lastSeenDaysAgo: 1 },
      { userId: user.id, deviceId: second, lastSeenDaysAgo: 2 },
    ],
  });

  // A snapshot for the page to show the rule on; nothing of this user is stale yet.
  await page.goto("/devices");
  // Another spec's scan may be running in the shared suite: the button waits for it to end.
  const refresh = page.getByRole("button", { name: "Refresh snapshot" });
  await expect(refresh).toBeEnabled({ timeout: 120_000 });
  await refresh.click();
  await page.getByRole("link", { name: "Scan in progress: view run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 60_000 });
  await page.goto("/devices");
  const rule = page.getByRole("form", { name: "Stale-device rule" });
  await rule.getByLabel("Last used more than (days)").fill("30");
  await rule.getByLabel("Keep most recent per user").fill("0");
  await rule.getByLabel("Only these users").fill(`@cleanup${stamp}-*`);
  await rule.getByRole("button", { name: "Dry run" }).click();
  const dryRun = page.getByRole("region", { name: "Dry run" });
  await expect(dryRun.getByTestId("stale-counts")).toContainText("none would be revoked");

  await dryRun.getByRole("link", { name: "Save as a scheduled job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();
  await expect(page.getByLabel("Kind")).toHaveValue("stale_device_cleanup");
  await expect(page.getByLabel("Name")).toHaveValue("Stale device clean-up: unused for 30 days");
  const params = JSON.parse(await page.getByLabel("Parameters (JSON)").inputValue());
  expect(params).toMatchObject({
    mode: "report",
    maxDevices: 100,
    rule: { olderThanDays: 30, keepMostRecent: 0, onlyUsers: [`@cleanup${stamp}-*`] },
  });
  const name = `Stale device clean-up (e2e ${stamp})`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Schedule (cron, five fields)").fill("0 4 * * *");
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Since the job was saved, one device went unused for 60 days: the next run finds it.
  ageInSynapse({
    users: [],
    devices: [{ userId: user.id, deviceId: second, lastSeenDaysAgo: 60 }],
  });
  await page.getByRole("button", { name: "Run now" }).click();
  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 90_000 });
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    "Would revoke 1 stale device; report only, nothing was changed",
  );
  await expect(page.getByTestId("run-summary")).toContainText(
    /The rule was applied to a fresh scan: [\d,]+ users?, [\d,]+ devices?\./,
  );
  // The scan's items (one per user on the shared Synapse) come first; the devices it would revoke
  // are recorded after them, on the last page of items.
  const pages = page.getByText(/^Page 1 of \d+$/);
  if (await pages.count()) {
    const last = Number((await pages.textContent())?.split(" of ")[1]);
    await page.goto(`${new URL(page.url()).pathname}?page=${last}`);
  }
  const item = page.getByTestId("run-item-row").filter({ hasText: `${user.id} ${second}` });
  await expect(item).toContainText("would revoke (last used");
  await shoot(page, "stale-cleanup-run");

  // Report only: Synapse keeps both devices, and no revoke is in the audit log.
  expect(await deviceIdsOf(user.id)).toEqual([first, second].sort());
  expect(await findAuditRecords("device.revoke_stale", user.id)).toHaveLength(0);
});
