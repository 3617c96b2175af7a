import { expect, test } from "@playwright/test";
import { createSynapseClient } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { ageInSynapse } from "./age-in-synapse";

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
  return { id: user.id, deviceIds: await deviceIdsOf(user.id) };
}

async function deviceIdsOf(userId: string) {
  const { devices } = await (await synapseAsAdmin()).devices.list(userId);
  return devices.map((device) => device.device_id).sort();
}

test("dry run then revoke: exactly the listed stale devices are gone from Synapse", async ({
  page,
}) => {
  test.setTimeout(120_000);
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

  await page.goto("/devices");
  await page.getByRole("button", { name: "Refresh snapshot" }).click();
  await page.getByRole("link", { name: "Scan in progress: view run" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 60_000 });

  await page.goto("/devices");
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
  await rule
    .getByLabel("Exclude users (globs, one per line)")
    .fill(`@stale${stamp}-bridge*\n@*-irc:*`);
  await rule.getByRole("button", { name: "Dry run" }).click();

  const dryRun = page.getByRole("region", { name: "Dry run" });
  await expect(dryRun.getByTestId("stale-counts")).toHaveText(
    "4 devices of 2 users would be revoked.",
  );
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
});
