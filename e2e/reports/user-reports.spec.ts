import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { isSynapseError } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { seedUserReports } from "../fixtures/reports";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, synapseAsAdmin } from "../fixtures/synapse";

// Operator: the lowest role that may delete a report, as for event reports.
test.use({ storageState: storageStates.operator });

test("an operator finds the reports about a user in the Users tab, reads one, and deletes it after confirming", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const reasons = [`sends scam links ${tag}`, `impersonates the helpdesk ${tag}`];
  const { target, reporters } = await seedUserReports(reasons);
  const synapse = await synapseAsAdmin();
  const seeded = await synapse.userReports.list({ target_user_id: target.id, dir: "f" });
  expect(seeded.user_reports.map((report) => report.reason)).toEqual(reasons);
  const [first, second] = seeded.user_reports;

  await page.goto("/reports");
  const kinds = page.getByRole("navigation", { name: "Kinds of report" });
  await expect(kinds.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await kinds.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/reports\/users$/);
  await expect(kinds.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");

  // Typing applies once it pauses.
  await page.getByLabel("Reported user").fill(target.id);
  await expect(page).toHaveURL(/target=/);
  await expect(page.getByTestId("user-reports-total")).toHaveText(
    "2 user reports match. Users file them about other users.",
  );
  const rows = page.getByTestId("user-report-row");
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.nth(0)).toContainText(reasons[1]!);
  await expect(rows.nth(0)).toContainText(reporters[1]!.id);
  await expect(rows.nth(1)).toContainText(reasons[0]!);
  await expect(rows.nth(1).getByRole("link", { name: target.id })).toHaveAttribute(
    "href",
    `/users/${encodeURIComponent(target.id)}`,
  );
  await expect(page.getByTestId("user-reports-range")).toHaveText(
    `Reports 1–2 of 2 matching reported user ${target.id}`,
  );
  await shoot(page, "reports-user-reports");

  // A choice applies at once, and Back returns to the order before.
  await page.getByLabel("Order").selectOption("asc");
  await expect(page).toHaveURL(/dir=asc/);
  await expect(rows.nth(0)).toContainText(reasons[0]!);
  await page.goBack();
  await expect(page).not.toHaveURL(/dir=asc/);
  await expect(rows.nth(0)).toContainText(reasons[1]!);
  await expect(page.getByLabel("Order")).toHaveValue("desc");

  await rows
    .nth(1)
    .getByRole("link", { name: `#${first!.id}` })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `User report #${first!.id}` }),
  ).toBeVisible();
  await expect(page.getByTestId("user-report-reason")).toHaveText(reasons[0]!);
  await expect(page.getByTestId("user-report-target")).toHaveText(target.id);
  await expect(page.getByTestId("user-report-reporter")).toHaveText(reporters[0]!.id);
  await shoot(page, "user-report-detail");

  // Cancelling leaves the report alone.
  await page.getByRole("button", { name: "Delete report" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    `The report ${reporters[0]!.id} filed about ${target.id} is removed from Synapse for good.`,
  );
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(synapse.userReports.get(first!.id)).resolves.toMatchObject({ reason: reasons[0] });

  await page.getByRole("button", { name: "Delete report" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete report" }).click();
  await expect(page.getByText(`User report #${first!.id} is deleted.`)).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/users$/);

  const gone = await synapse.userReports.get(first!.id).catch((error: unknown) => error);
  expect(isSynapseError(gone, "not_found")).toBe(true);
  const left = await synapse.userReports.list({ target_user_id: target.id });
  expect(left.user_reports.map((report) => report.id)).toEqual([second!.id]);
  // The deleted report's page says so, rather than failing.
  expect((await page.goto(`/reports/users/${first!.id}`))?.status()).toBe(404);
  await expect(page.getByTestId("not-found-message")).toHaveText(
    `No user report ${first!.id}; it may have been deleted.`,
  );

  const audit = await findAuditRecords("user_report.delete", target.id);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actor_id: e2eUsers.operator.id, outcome: "success" });
  expect(audit[0]?.input).toEqual({ reportId: first!.id, targetUserId: target.id });
  // The History says it in words, on the reported user's own list.
  await page.goto(
    `/history?action=user_report.&targetType=user&target=${encodeURIComponent(target.id)}`,
  );
  await expect(page.getByText(`deleted user report ${first!.id} about ${target.id}`)).toBeVisible();
});
