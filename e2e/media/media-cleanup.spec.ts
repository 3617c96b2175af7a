import { expect, test, type Page } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";
import { uploadAs } from "./media-upload";

test.use({ storageState: storageStates.admin });

// Larger than anything other specs upload, so the clean-up deletes only this spec's big file.
const BIG = 8_000_000;
const LARGER_THAN_MB = "7.5";

const localCard = (page: Page) => page.getByRole("region", { name: "Delete old local media" });
const remoteCard = (page: Page) =>
  page.getByRole("region", { name: "Purge the remote media cache" });
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** The user's media count and bytes as Synapse's admin API counts them. */
async function mediaOf(localpart: string) {
  const synapse = await synapseAsAdmin();
  const { users } = await synapse.statistics.usersMedia({ search_term: localpart });
  return users[0] ? { count: users[0].media_count, bytes: users[0].media_length } : null;
}

test("an admin dry-runs a local clean-up, runs it to the end and sees the big file gone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const user = await registerUniqueUser("mclean");
  const localpart = user.id.slice(1).split(":")[0] ?? "";
  const big = await uploadAs(user.accessToken, BIG);
  await uploadAs(user.accessToken, 2_000);
  expect(await mediaOf(localpart)).toEqual({ count: 2, bytes: BIG + 2_000 });

  await page.goto("/media");
  await page.getByRole("link", { name: "Clean up media" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Media clean-up" })).toBeVisible();

  // Days and a date together are refused under the field, and nothing is offered to run.
  const card = localCard(page);
  await card.getByLabel("Not used for (days)").fill("30");
  await card.getByLabel("Or not used since (date, UTC)").fill(tomorrow());
  await card.getByRole("button", { name: "Dry run" }).click();
  await expect(card.locator("#cleanup-local-days-error")).toHaveText(
    "Not used for (days) and a date cannot both be given",
  );
  await expect(card.getByRole("button", { name: "Delete local media" })).toHaveCount(0);

  await card.getByLabel("Not used for (days)").fill("");
  await card.getByLabel("Larger than (MB)").fill(LARGER_THAN_MB);
  await card.getByRole("button", { name: "Dry run" }).click();
  await expect(page).toHaveURL(/cleanup=local&days=&before=\d{4}-\d\d-\d\d&size_mb=7\.5/);
  const estimate = card.getByTestId("cleanup-estimate");
  await expect(estimate).toHaveText(
    new RegExp(
      `^At most [\\d,]+ local files? \\([\\d.]+ [KMG]B\\) can be deleted: that many were uploaded before ${tomorrow()} 00:00 UTC, by [\\d,]+ users?\\.$`,
    ),
  );
  await expect(card.getByTestId("cleanup-note").first()).toHaveText(
    `Synapse deletes local media not used since ${tomorrow()} 00:00 UTC, larger than 7.5 MB; avatars of users and rooms are kept, and so are quarantined and protected media.`,
  );
  await expect(card.getByTestId("cleanup-note").nth(1)).toContainText(
    "This is a ceiling, not a count",
  );
  await shoot(page, "media-cleanup-dry-run");

  await card.getByRole("button", { name: "Delete local media" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete local media" });
  await expect(dialog).toContainText("Deleted media cannot be brought back");
  await dialog.getByRole("button", { name: "Delete local media" }).click();

  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  const runId = page.url().split("/").pop() ?? "";
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  await expect(page.getByTestId("run-counts")).toHaveText("3 of 3 items");
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    new RegExp(`^Deleted [\\d,]+ local files? not used since ${tomorrow()} 00:00 UTC$`),
  );
  const items = page.getByTestId("run-item-row");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("1 count before");
  await expect(items.nth(1)).toContainText("2 delete");
  await expect(items.nth(1)).toContainText(big);
  await expect(items.nth(2)).toContainText("3 count after");
  await shoot(page, "media-cleanup-run");

  // Synapse itself: the big file is gone, the small one stays.
  expect(await mediaOf(localpart)).toEqual({ count: 1, bytes: 2_000 });
  const started = await findAuditRecords("job.run_media_cleanup", "media_cleanup");
  expect(started.at(-1)).toMatchObject({
    outcome: "success",
    input: { target: "local", before: tomorrow(), largerThanBytes: 7_500_000, keepProfiles: true },
    result: { runId },
  });
  const deleted = await findAuditRecords("media.delete_local", "local media");
  expect(deleted.at(-1)).toMatchObject({
    actor_id: `job:${runId}`,
    outcome: "success",
    result: { mediaIds: expect.arrayContaining([big]) },
  });
});

test("an admin saves a local clean-up from its dry run as a nightly job", async ({ page }) => {
  await page.goto("/media/cleanup?cleanup=local&days=90&size_mb=50");
  await expect(localCard(page).getByTestId("cleanup-estimate")).toBeVisible();
  await localCard(page).getByRole("link", { name: "Save as a scheduled job" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();
  await expect(page.getByLabel("Kind")).toHaveValue("media_cleanup");
  const name = "Delete local media not used for 90 days";
  await expect(page.getByLabel("Name")).toHaveValue(name);
  const params = JSON.parse(await page.getByLabel("Parameters (JSON)").inputValue());
  expect(params).toEqual({
    target: "local",
    olderThanDays: 90,
    largerThanBytes: 50_000_000,
    keepProfiles: true,
  });
  const unique = `${name} (e2e ${Date.now().toString(36)})`;
  await page.getByLabel("Name").fill(unique);
  await page.getByLabel("Schedule (cron, five fields)").fill("0 4 * * *");
  await expect(page.getByTestId("cron-words")).toHaveText("At 04:00");
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: unique })).toBeVisible();

  await page.goto("/jobs");
  const row = page.getByTestId("job-row").filter({ hasText: unique });
  await expect(row).toContainText("At 04:00");
  await expect(row).toContainText("Media clean-up");
});

test("the remote cache purge says no count is possible, then purges what Synapse has: none", async ({
  page,
}) => {
  await page.goto("/media/cleanup");
  const card = remoteCard(page);
  await card.getByLabel("Not used for (days)").fill("30");
  await card.getByRole("button", { name: "Dry run" }).click();
  await expect(card.getByTestId("cleanup-estimate")).toHaveText(
    "No count is possible before the purge runs.",
  );
  await expect(card.getByTestId("cleanup-note").nth(1)).toContainText(
    "its admin API lists no cached remote media",
  );
  await card.getByRole("button", { name: "Purge the remote media cache" }).click();
  await page
    .getByRole("alertdialog", { name: "Purge the remote media cache" })
    .getByRole("button", { name: "Purge the remote media cache" })
    .click();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    /^Purged 0 cached remote files not used since \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
  );
  await expect(page.getByTestId("run-item-row")).toHaveCount(1);
});
