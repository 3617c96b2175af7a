// Acting on the user a report is about, from the report's page: what each role is offered, what
// Synapse then holds, and the audit row.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createRoom } from "@/lib/synapse/client-rooms";
import { sendTextMessage } from "@/lib/synapse/client-messages";
import { messagesOf } from "@/lib/synapse/testing/room-events";
import { findAuditRecords } from "../fixtures/audit";
import { seedReportOfAnother, seedUserReports } from "../fixtures/reports";
import { shoot } from "../fixtures/shots";
import { grantConsoleRole } from "../fixtures/console-db";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseHttp } from "../fixtures/synapse";
import { confirmAction } from "../fixtures/user-page";

const tag = () => randomBytes(3).toString("hex");

async function seededReport() {
  const seeded = await seedReportOfAnother({
    body: `buy followers now ${tag()}`,
    reason: `spam ${tag()}`,
  });
  const synapse = await synapseAsAdmin();
  const [report] = (await synapse.eventReports.list({ room_id: seeded.roomId })).event_reports;
  return { ...seeded, reportId: report?.id ?? "" };
}

test("a viewer reads the report with no card of actions", async ({ browser }) => {
  const { reportId } = await seededReport();
  const viewer = await registerUniqueUser("report-viewer");
  await grantConsoleRole(viewer.id, "viewer");
  const { context, page } = await signInInNewBrowser(browser, viewer);
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByTestId("reported-event-body")).toBeVisible();
  await expect(page.getByRole("region", { name: "The sender" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Suspend" })).toHaveCount(0);
  await context.close();
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("restricts a reported message's sender from the report, and is offered no redaction", async ({
    page,
  }) => {
    const { sender, reportId } = await seededReport();
    await page.goto(`/reports/${reportId}`);
    const card = page.getByRole("region", { name: "The sender" });
    await expect(card.getByRole("button")).toHaveText(["Lock", "Suspend", "Shadow-ban"]);
    await expect(card.getByRole("link", { name: `Every action on ${sender.id}` })).toHaveAttribute(
      "href",
      `/users/${encodeURIComponent(sender.id)}`,
    );

    await confirmAction(page, "Suspend");
    await expect(page.getByText(`${sender.id} is suspended.`)).toBeVisible();
    await expect(card.getByRole("button", { name: "Unsuspend" })).toBeVisible();
    expect((await (await synapseAsAdmin()).users.get(sender.id)).suspended).toBe(true);
    expect(await findAuditRecords("user.set_suspended", sender.id)).toMatchObject([
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: { userId: sender.id, enabled: true },
      },
    ]);
  });

  test("a server admin who sent the message is the admins' to restrict", async ({ page }) => {
    const seeded = await seededReport();
    await (await synapseAsAdmin()).users.setAdmin(seeded.sender.id, true);
    await page.goto(`/reports/${seeded.reportId}`);
    const card = page.getByRole("region", { name: "The sender" });
    await expect(card).toContainText(
      "This user is a Synapse server admin: changing them needs the admin role.",
    );
    await expect(card.getByRole("button")).toHaveCount(0);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("redacts the sender's messages in the reported room, from the report", async ({ page }) => {
    const { sender, roomId, roomName, reportId } = await seededReport();
    // A message of theirs in another room, which the redaction must leave.
    const elsewhere = await createRoom(synapseHttp(), sender.accessToken, {
      preset: "public_chat",
    });
    await sendTextMessage(synapseHttp(), sender.accessToken, {
      roomId: elsewhere,
      body: "kept",
      txnId: tag(),
    });
    await page.goto(`/reports/${reportId}`);
    const card = page.getByRole("region", { name: "The sender" });
    await card.getByRole("button", { name: "Redact their messages in this room" }).click();
    const dialog = page.getByRole("dialog", { name: `Redact the messages of ${sender.id}?` });
    // The room is the reported one, with no choice to make.
    await expect(dialog).toContainText(`Redact the messages of ${sender.id} in ${roomName}:`);
    await expect(dialog.getByLabel("Only the rooms I choose")).toHaveCount(0);
    const reason = `spam reported in #${reportId}`;
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Redact messages" }).click();
    await expect(dialog.getByRole("status")).toContainText("done", { timeout: 20_000 });
    await shoot(page, "report-redact-sender", { viewport: true });

    const checker = await registerUniqueUser("report-redact-checker", { admin: true });
    expect(await messagesOf(synapseHttp(), checker.accessToken, roomId, sender.id)).toMatchObject([
      { body: null, redactedBy: sender.id },
    ]);
    expect(
      await messagesOf(synapseHttp(), checker.accessToken, elsewhere, sender.id),
    ).toMatchObject([{ body: "kept" }]);
    expect(await findAuditRecords("user.redact_events", sender.id)).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: sender.id, rooms: [roomId], reason },
      },
    ]);
  });

  test("a user report's page offers the restrictions on the reported user", async ({ page }) => {
    const { target } = await seedUserReports([`harassment ${tag()}`]);
    const synapse = await synapseAsAdmin();
    const [report] = (await synapse.userReports.list({ target_user_id: target.id })).user_reports;
    await page.goto(`/reports/users/${report?.id}`);
    const card = page.getByRole("region", { name: "The reported user" });
    await expect(card.getByRole("button")).toHaveText(["Lock", "Suspend", "Shadow-ban"]);
    await shoot(page, "user-report-act-on-user");
  });
});
