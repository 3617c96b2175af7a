import { expect, test, type Page } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { consoleSql, grantConsoleRole } from "../fixtures/console-db";
import { expectFitsThePhone, expectPageFits } from "../fixtures/phone-fit";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { ageInSynapse } from "./age-in-synapse";
import { shoot } from "../fixtures/shots";

test.use({ storageState: storageStates.operator });

/** A user with three devices: the registration one and two password logins. */
async function userWithThreeDevices(prefix: string) {
  const user = await registerUniqueUser(prefix);
  const anonymous = createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  for (let i = 0; i < 2; i++)
    await anonymous.session.login({ user: user.id, password: user.password });
  return { id: user.id, password: user.password, deviceIds: await deviceIdsOf(user.id) };
}

/** Takes a device snapshot from the Devices page, as an operator would, and waits for it. */
async function scanNow(page: Page) {
  await page.goto("/devices");
  // Another spec's scan may be running in the shared suite: the page offers the button again
  // once it has ended.
  const refresh = page.getByRole("button", { name: "Refresh snapshot" });
  await expect(refresh).toBeEnabled({ timeout: 120_000 });
  await refresh.click();
  await page.getByRole("link", { name: "Scan in progress: view run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 60_000 });
  await page.goto("/devices");
}

/** A user with `count` devices made by Synapse's admin API (no login each), as a bridge's would be. */
async function userWithManyDevices(prefix: string, count: number) {
  const user = await registerUniqueUser(prefix);
  const maker = await registerUniqueUser(`${prefix}-maker`, { admin: true });
  const url = `${synapseUrl()}/_synapse/admin/v2/users/${encodeURIComponent(user.id)}/devices`;
  // The registration's device is one of them.
  for (let index = 1; index < count; index++) {
    const made = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${maker.accessToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ device_id: `MANY${String(index).padStart(3, "0")}` }),
    });
    expect(made.ok).toBe(true);
  }
  return user;
}

async function deviceIdsOf(userId: string) {
  const { devices } = await (await synapseAsAdmin()).devices.list(userId);
  return devices.map((device) => device.device_id).sort();
}

test("dry run then revoke: exactly the listed stale devices are gone from Synapse", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const active = await userWithThreeDevices(`stale${stamp}-active`);
  const bridge = await userWithThreeDevices(`stale${stamp}-bridge`);
  const forgotten = await userWithThreeDevices(`stale${stamp}-forgotten`);
  const [recent, old, unused] = active.deviceIds as [string, string, string];
  ageInSynapse({
    users: [active, bridge, forgotten].map((user) => ({ userId: user.id, createdDaysAgo: 400 })),
    devices: [
      { userId: active.id, deviceId: recent, lastSeenDaysAgo: 1 },
      { userId: active.id, deviceId: old, lastSeenDaysAgo: 200 },
      ...bridge.deviceIds.map((deviceId) => ({
        userId: bridge.id,
        deviceId,
        lastSeenDaysAgo: 300,
      })),
    ],
  });
  // "active" keeps its recent device and loses the old and the never-used one; "forgotten" keeps
  // one of its never-used devices (the first by ID); "bridge" is excluded by pattern.
  const expected = [
    `${active.id} ${old}`,
    `${active.id} ${unused}`,
    ...forgotten.deviceIds.slice(1).map((deviceId) => `${forgotten.id} ${deviceId}`),
  ].sort();

  await scanNow(page);
  await expect(page.getByTestId("snapshot-summary")).toContainText(
    /Snapshot taken .* \(\d+ users, \d+ devices\)/,
  );
  await expect(
    page.getByRole("list", { name: "Device ages" }).getByTestId("age-bucket"),
  ).toHaveCount(7);

  const rule = page.getByRole("form", { name: "Stale-device rule" });
  await rule.getByLabel("Last used more than (days)").fill("30");
  await rule.getByLabel("Never used, account older than (days)").fill("180");
  await rule.getByLabel("Keep most recent per user").fill("1");
  // Only this test's users: whatever else the shared Synapse holds stays out of the counts.
  await rule.getByLabel("Only these users").fill(`@stale${stamp}-*`);
  await rule.getByLabel("Exclude users").fill(`@stale${stamp}-bridge*\n@*-irc:*`);
  await rule.getByRole("button", { name: "Dry run" }).click();

  const dryRun = page.getByRole("region", { name: "Dry run" });
  // The numbers side by side: what is old enough, what goes, and why the rest stays.
  await expect(dryRun.getByTestId("stale-counts")).toHaveText(
    "1 device last used more than 30 days ago and 4 never-used devices of accounts older than 180 days; 4 devices of 2 users would be revoked, because each user keeps their 1 most recently used device (1 device kept).",
  );
  await expect(dryRun.getByTestId("stale-note")).toHaveText([
    `Only users matching @stale${stamp}-*.`,
    "Devices of excluded users, left alone (the console’s own account is always excluded): 3 devices.",
  ]);
  await shoot(page.getByRole("region", { name: "Stale devices" }), "stale-sentence");
  const dryRunUrl = page.url();
  const rows = dryRun.getByRole("table", { name: "Stale devices" }).getByTestId("device-row");
  await expect(rows).toHaveCount(4);
  const shown = (await rows.allInnerTexts()).map((text) => {
    const [user, device] = text.split("\t").map((cell) => cell.trim());
    return `${user} ${device}`;
  });
  expect(shown.sort()).toEqual(expected);

  await dryRun.getByRole("button", { name: "Revoke 4 devices of 2 users" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    "Exactly the 4 devices of 2 users listed",
  );
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke 4 devices" }).click();
  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 60_000 });
  await expect(page.getByTestId("run-counts")).toContainText("4 of 4 items");

  // On Synapse itself: exactly those four are gone, everything else stays.
  expect(await deviceIdsOf(active.id)).toEqual([recent]);
  expect(await deviceIdsOf(bridge.id)).toEqual(bridge.deviceIds);
  expect(await deviceIdsOf(forgotten.id)).toEqual(forgotten.deviceIds.slice(0, 1));

  const audit = [
    ...(await findAuditRecords("device.revoke_stale", active.id)),
    ...(await findAuditRecords("device.revoke_stale", forgotten.id)),
  ];
  expect(
    audit
      .map((row) => {
        const input = row.input as { userId: string; deviceId: string };
        return `${input.userId} ${input.deviceId}`;
      })
      .sort(),
  ).toEqual(expected);
  expect(audit.every((row) => row.outcome === "success" && row.actor_id.startsWith("job:"))).toBe(
    true,
  );
  expect(await findAuditRecords("device.revoke_stale", bridge.id)).toEqual([]);

  // The revoked devices left the snapshot: the same dry run again lists none of them.
  await page.goto(dryRunUrl);
  await expect(
    page.getByRole("region", { name: "Dry run" }).getByTestId("stale-counts"),
  ).toHaveText(
    "0 devices last used more than 30 days ago and 1 never-used device of accounts older than 180 days; none would be revoked, because each user keeps their 1 most recently used device.",
  );
  await expect(page.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
});

test("the stale rule refuses out-of-range values, typed or from the URL, and then offers no revoke", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const user = await userWithThreeDevices(`stalerefuse${stamp}`);
  await scanNow(page);
  const section = page.getByRole("region", { name: "Stale devices" });
  const rule = section.getByRole("form", { name: "Stale-device rule" });
  const keep = rule.getByLabel("Keep most recent per user");
  const revoke = page.getByRole("button", { name: /^Revoke/ });

  // The positive control: this rule lists two of the user's never-used devices (never-used age 0
  // takes an account created today) and offers a revoke.
  await rule.getByLabel("Last used more than (days)").fill("90");
  await rule.getByLabel("Never used, account older than (days)").fill("0");
  await rule.getByLabel("Only these users").fill(user.id);
  await keep.fill("1");
  await rule.getByRole("button", { name: "Dry run" }).click();
  await expect(section.getByTestId("stale-counts")).toContainText(
    "2 devices of 1 user would be revoked",
  );
  await expect(revoke).toHaveText("Revoke 2 devices of 1 user");

  // Typed: 500 to keep is refused under its field, shown as typed, and nothing is listed.
  await keep.fill("500");
  await rule.getByRole("button", { name: "Dry run" }).click();
  await expect(page).toHaveURL(/staleKeep=500/);
  await expect(keep).toHaveValue("500");
  await expect(keep).toHaveAttribute("aria-invalid", "true");
  await expect(keep).toHaveAccessibleDescription(/must be at most 100 devices/);
  await expect(section.getByTestId("stale-refused")).toContainText(
    "This rule is refused, so nothing is listed and nothing can be revoked",
  );
  await expect(section.getByRole("region", { name: "Dry run" })).toHaveCount(0);
  await expect(revoke).toHaveCount(0);
  await shoot(section, "stale-refused");

  // From the URL: each out-of-range value is refused by name, never replaced by a default.
  const only = encodeURIComponent(user.id);
  for (const [query, label, message] of [
    ["staleDays=4000&staleKeep=1", "Last used more than (days)", "must be at most 3,650 days"],
    ["staleDays=-30&staleKeep=1", "Last used more than (days)", "must be at least 1 day"],
    ["staleDays=90&staleKeep=-1", "Keep most recent per user", "must be 0 or more"],
    [
      "staleDays=90&staleKeep=1&staleNever=4000",
      "Never used, account older than (days)",
      "must be at most 3,650 days",
    ],
  ] as const) {
    await page.goto(`/devices?${query}&staleOnly=${only}`);
    await expect(rule.getByLabel(label)).toHaveAccessibleDescription(new RegExp(message));
    await expect(section.getByTestId("stale-refused")).toBeVisible();
    await expect(revoke).toHaveCount(0);
  }
  // Nothing was revoked on Synapse.
  expect(await deviceIdsOf(user.id)).toEqual(user.deviceIds);
});

test("a viewer reads the device list without IP addresses or clients, and cannot filter by client", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const user = await userWithThreeDevices(`devview${Date.now().toString(36)}`);
  // One device used with a client of its own name, so Synapse keeps it.
  const client = `PrivacyProbe/${Date.now()}`;
  const login = await createSynapseClient({
    baseUrl: synapseUrl(),
    tokenSource: { getToken: async () => "" },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  }).session.login({ user: user.id, password: user.password });
  const used = await fetch(`${synapseUrl()}/_matrix/client/v3/account/whoami`, {
    headers: { Authorization: `Bearer ${login.access_token}`, "User-Agent": client },
  });
  expect(used.ok).toBe(true);
  const bridge = await userWithManyDevices(`devpages${Date.now().toString(36)}`, 51);
  await scanNow(page);
  const filtered = `/devices?user=${encodeURIComponent(user.id)}&ua=${encodeURIComponent(client)}`;

  // The operator's list: filtered by the user, then the client, which it shows. The filters
  // apply as they are typed, and Back returns to the list before.
  await page.getByLabel("User contains").fill(user.id);
  await expect(page).toHaveURL(new RegExp(`user=${encodeURIComponent(user.id)}`));
  const operatorList = page.getByRole("table", { name: "Devices" });
  await expect(operatorList.getByTestId("device-row")).toHaveCount(4);
  await page.getByLabel("User agent contains").fill(client);
  await expect(page).toHaveURL(/ua=PrivacyProbe/);
  await expect(operatorList.getByTestId("device-row")).toHaveCount(1);
  await expect(operatorList).toContainText(client);
  await page.goBack();
  await expect(operatorList.getByTestId("device-row")).toHaveCount(4);
  await expect(page.getByLabel("User agent contains")).toHaveValue("");
  // A number of days out of range leaves the list as it is (not the default, 30), and the field
  // says why.
  const days = page.getByLabel("Days (for “older than”)");
  await days.fill("45");
  await expect(page).toHaveURL(/days=45/);
  await days.fill("5000");
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#devices-days-error")).toHaveText(
    "Days run from 1 to 3,650; the list keeps 45 until then.",
  );
  await days.press("Tab");
  await expect(page.getByRole("search")).toHaveAttribute("aria-busy", "false");
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/days=45/);
  await days.fill("60");
  await expect(page.locator("#devices-days-error")).toHaveCount(0);
  await expect(page).toHaveURL(/days=60/);
  // On a phone the list is compact blocks, each fact labelled, that fit the width.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFitsThePhone(operatorList);
  await expect(operatorList.getByRole("columnheader").first()).toBeHidden();
  await expect(
    operatorList.getByTestId("device-row").first().locator('[data-label="IP"]'),
  ).toBeVisible();
  await expectPageFits(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  const viewer = await registerUniqueUser("devview-viewer");
  await grantConsoleRole(viewer.id, "viewer");
  const { context, page: viewerPage } = await signInInNewBrowser(browser, viewer);
  await viewerPage.goto(filtered);
  const list = viewerPage.getByRole("table", { name: "Devices" });
  // The client filter is not taken from a viewer: every device of the user is listed.
  await expect(list.getByTestId("device-row")).toHaveCount(4);
  await expect(list.getByRole("columnheader")).toHaveText(["User", "Device", "Name", "Last seen"]);
  await expect(viewerPage.getByLabel("User agent contains")).toHaveCount(0);
  // Neither drawn nor sent (the filtered URL above names the client itself).
  await viewerPage.goto(`/devices?user=${encodeURIComponent(user.id)}`);
  await expect(list.getByTestId("device-row")).toHaveCount(4);
  expect(await viewerPage.content()).not.toMatch(/PrivacyProbe|127\.0\.0\.1/);
  await shoot(viewerPage, "devices-viewer");

  // Paged at the viewer's 25 rows: the snapshot counts exactly, so the pager offers the last page.
  await consoleSql(
    `INSERT INTO person_preference (homeserver_id, matrix_id, page_size, updated_at)
     VALUES ('default', $1, 25, now())`,
    [viewer.id],
  );
  await viewerPage.goto(`/devices?user=${encodeURIComponent(bridge.id)}`);
  const pages = viewerPage.getByRole("navigation", { name: "Device pages" });
  const range = pages.getByText(/^Devices? \d/);
  await expect(range).toHaveText("Devices 1–25 of 51");
  await expect(pages.getByRole("link")).toHaveText(["Next", "Last"]);
  await pages.getByRole("link", { name: "Last" }).click();
  await expect(range).toHaveText("Device 51 of 51");
  await expect(list.getByTestId("device-row")).toHaveCount(1);
  await expect(pages.getByRole("link")).toHaveText(["First", "Previous"]);
  await pages.getByRole("link", { name: "First" }).click();
  await expect(range).toHaveText("Devices 1–25 of 51");
  await context.close();
});
