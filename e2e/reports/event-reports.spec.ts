import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { isSynapseError } from "@/lib/synapse";
import { findAuditRecords } from "../fixtures/audit";
import { seedEventReport } from "../fixtures/reports";
import { storageStates } from "../fixtures/sign-in";
import { synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

test("an admin finds a report by its room, reads the event, and deletes the report after confirming", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const reason = `spam about cheap watches ${tag}`;
  const body = `buy cheap watches now ${tag}`;
  const { reporter, roomId, eventId } = await seedEventReport({ body, reason, score: -80 });
  const synapse = await synapseAsAdmin();
  const [seeded] = (await synapse.eventReports.list({ room_id: roomId })).event_reports;
  expect(seeded?.reason).toBe(reason);
  const reportId = seeded?.id ?? "";

  await page.goto("/reports");
  await page.getByRole("link", { name: "Reports" }).first().waitFor();
  // Typing applies once it pauses.
  await page.getByLabel("Room ID").fill(roomId);
  await expect(page).toHaveURL(/room=/);
  const rows = page.getByTestId("report-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(reason);
  await expect(rows.first()).toContainText(reporter.id);

  await rows
    .first()
    .getByRole("link", { name: `#${reportId}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Report #${reportId}` })).toBeVisible();
  await expect(page.getByTestId("report-reason")).toHaveText(reason);
  // The people are links to their pages (the reporter sent the event here too).
  const userPage = `/users/${encodeURIComponent(reporter.id)}`;
  for (const who of ["report-reporter", "report-sender"]) {
    await expect(page.getByTestId(who).getByRole("link", { name: reporter.id })).toHaveAttribute(
      "href",
      userPage,
    );
  }
  await expect(page.getByTestId("report-event-json")).toContainText(body);
  // Room versions 4+ leave the event ID out of the event JSON; the summary names it.
  await expect(page.getByTestId("report-event-id")).toHaveText(eventId);
  await expect(page.getByRole("link", { name: /Reported / })).toHaveAttribute(
    "href",
    `/rooms/${encodeURIComponent(roomId)}`,
  );

  // Cancelling leaves the report alone.
  await page.getByRole("button", { name: "Delete report" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(roomId);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(synapse.eventReports.get(reportId)).resolves.toMatchObject({ reason });

  await page.getByRole("button", { name: "Delete report" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete report" }).click();
  await expect(page.getByText(`Report #${reportId} is deleted.`)).toBeVisible();
  await expect(page).toHaveURL(/\/reports$/);

  const gone = await synapse.eventReports.get(reportId).catch((error: unknown) => error);
  expect(isSynapseError(gone, "not_found")).toBe(true);
  expect((await synapse.eventReports.list({ room_id: roomId })).total).toBe(0);

  const audit = await findAuditRecords("event_report.delete", roomId);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actor_id: process.env.E2E_ADMIN_USER, outcome: "success" });
  expect(audit[0]?.input).toMatchObject({ reportId, roomId });
});
