import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { countOf } from "@/lib/format/count";
import { findAuditRecords } from "../fixtures/audit";
import { expectExamplePlaceholders } from "../fixtures/placeholders";
import { storageStates } from "../fixtures/sign-in";
import { shoot } from "../fixtures/shots";

test.use({ storageState: storageStates.admin });

test("an admin schedules a device scan, reads the schedule in words, runs it now and watches it finish", async ({
  page,
}) => {
  // The scan alone may take 45 s on a busy machine; the form and the result need time around it.
  test.setTimeout(120_000);
  const name = `Weekly device scan ${randomBytes(4).toString("hex")}`;
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await page.getByRole("link", { name: "New job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New job" })).toBeVisible();

  await expectExamplePlaceholders(page.locator("form"), 3);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Kind").selectOption({ label: "Device scan" });
  await page.getByLabel("Schedule (cron, five fields)").fill("0 3 * * 1");
  await page.getByLabel("Timezone").fill("Europe/Berlin");
  await expect(page.getByTestId("cron-words")).toHaveText("At 03:00, only on Monday");
  const nextRuns = page.getByTestId("cron-next-runs").getByRole("listitem");
  await expect(nextRuns).toHaveCount(5);
  // 03:00 in Berlin is 01:00 or 02:00 UTC, a week apart.
  await expect(nextRuns.first()).toHaveText(/^\d{4}-\d\d-\d\d 0[12]:00:00 UTC$/);

  // Parameters the kind refuses are explained under the box, and nothing is saved.
  await page.getByLabel("Parameters (JSON)").fill('{"concurrency": 0}');
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page.locator("#job-params-error")).toContainText("concurrency");
  await expect(page).toHaveURL(/\/jobs\/new$/);

  // The kind's parameters are also fields made from its schema, in step with the JSON both ways.
  const fields = page.getByTestId("job-param-fields");
  const concurrency = fields.getByLabel("Concurrency (optional)");
  await expect(concurrency).toHaveValue("0");
  await expect(fields).toContainText("1–64, default 8");
  await concurrency.fill("4");
  await fields.getByLabel("Page size (optional)").fill("100");
  await expect(page.getByLabel("Parameters (JSON)")).toHaveValue(
    JSON.stringify({ concurrency: 4, pageSize: 100 }, null, 2),
  );
  await shoot(page, "job-param-fields");
  // Another kind starts from its own (empty) parameters; coming back brings these again.
  await page.getByLabel("Kind").selectOption({ label: "Audit log verification" });
  await expect(page.getByLabel("Parameters (JSON)")).toHaveValue("{}");
  await page.getByLabel("Kind").selectOption({ label: "Device scan" });
  await expect(page.getByLabel("Parameters (JSON)")).toHaveValue(
    JSON.stringify({ concurrency: 4, pageSize: 100 }, null, 2),
  );
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const jobId = page.url().split("/").pop() ?? "";

  await page.goto("/jobs");
  const row = page.getByTestId("job-row").filter({ hasText: name });
  await expect(row).toContainText("At 03:00, only on Monday");
  await expect(row).toContainText("Never run");
  await expect(row).toContainText(/\d{4}-\d\d-\d\d 0[12]:00:00 UTC/);
  await row.getByRole("link", { name }).click();

  await page.getByRole("button", { name: "Run now" }).click();
  await expect(page).toHaveURL(/\/jobs\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `Run of ${name}` })).toBeVisible();
  await expect(page.getByTestId("run-status")).toHaveText("succeeded", { timeout: 45_000 });
  const bar = page.getByRole("progressbar", { name: "Run progress" });
  const total = await bar.getAttribute("aria-valuemax");
  expect(Number(total)).toBeGreaterThan(0);
  await expect(bar).toHaveAttribute("aria-valuenow", total ?? "");
  const users = Number(total);
  await expect(page.getByTestId("run-counts")).toHaveText(`${total} of ${countOf(users, "item")}`);
  await expect(page.getByTestId("run-item-row").first()).toBeVisible();

  // The result in words; the stored JSON only for whoever opens it.
  await expect(page.getByTestId("run-summary-headline")).toHaveText(
    new RegExp(`^Scanned ${countOf(users, "user")}, \\d+ devices?$`),
  );
  const raw = page.getByTestId("run-raw-result");
  await expect(raw).toBeHidden();
  await shoot(page, "run-summary");
  await page.getByText("Show the raw result").click();
  await expect(raw).toBeVisible();
  await expect(raw).toContainText('"complete": true');
  await expect(raw).toContainText(`"scannedUsers": ${users}`);
  await expect(page.getByRole("button", { name: "Cancel run" })).toHaveCount(0);

  const [audit] = await findAuditRecords("job.run_now", jobId);
  expect(audit).toMatchObject({ actor_id: expect.stringMatching(/^@/), outcome: "success" });
});
