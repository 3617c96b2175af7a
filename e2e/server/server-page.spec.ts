import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { synapseAsAdmin } from "../fixtures/synapse";

/** A room deletion Synapse has run to the end: a scheduled task with this room as its resource. */
async function seedCompletedTask() {
  const { roomIds } = await seedRooms([uniqueRoomPrefix("task")]);
  const roomId = roomIds[0] ?? "";
  const synapse = await synapseAsAdmin();
  await synapse.rooms.delete(roomId, { block: false, purge: true, forcePurge: true });
  await expect
    .poll(async () => (await synapse.scheduledTasks.list({ resource_id: roomId }))[0]?.status)
    .toBe("complete");
  return roomId;
}

test.describe("the Server page as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("an admin reads the scheduled tasks by status and pauses, then resumes, background updates", async ({
    page,
  }) => {
    const synapse = await synapseAsAdmin();
    const roomId = await seedCompletedTask();

    await page.goto("/");
    await page.getByRole("link", { name: "Server", exact: true }).first().click();
    await expect(page).toHaveURL(/\/server$/);
    await expect(page.getByTestId("background-updates-state")).toContainText("Running");
    const task = page.getByTestId("scheduled-task-row").filter({ hasText: roomId });
    await expect(task).toContainText("shutdown_and_purge_room");
    await expect(task).toContainText("complete");

    // A choice applies at once: there is no Apply button to press.
    await expect(page.getByRole("button", { name: "Apply" })).toBeHidden();
    await page.getByLabel("Status").selectOption("failed");
    await expect(page).toHaveURL(/status=failed/);
    await expect(page.getByTestId("scheduled-task-row").filter({ hasText: roomId })).toHaveCount(0);
    await page.getByLabel("Status").selectOption("complete");
    await expect(page).toHaveURL(/status=complete/);
    await expect(page.getByTestId("scheduled-task-row").filter({ hasText: roomId })).toHaveCount(1);

    try {
      // The list's filters were just applied: a click that lands while the page is still
      // being swapped in opens nothing, so the dialog is asked for again until it opens.
      await expect(async () => {
        await page.getByRole("button", { name: "Pause background updates" }).click();
        await expect(page.getByRole("alertdialog")).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByRole("alertdialog")).toContainText("until you resume them");
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Pause background updates" })
        .click();
      await expect(page.getByText("Background updates are paused.")).toBeVisible();
      await expect(page.getByTestId("background-updates-state")).toContainText("Paused");
      expect((await synapse.backgroundUpdates.status()).enabled).toBe(false);
      await shoot(page, "server");

      await page.getByRole("button", { name: "Resume background updates" }).click();
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Resume background updates" })
        .click();
      await expect(page.getByTestId("background-updates-state")).toContainText("Running");
      expect((await synapse.backgroundUpdates.status()).enabled).toBe(true);
    } finally {
      await synapse.backgroundUpdates.setEnabled(true);
    }

    const audit = (await findAuditRecords("server.set_background_updates", "background updates"))
      .filter((entry) => entry.actor_id === process.env.E2E_ADMIN_USER)
      .slice(-2);
    expect(audit.map((entry) => [entry.input, entry.outcome, entry.changes])).toEqual([
      [
        { enabled: false },
        "success",
        [{ field: "background_updates_enabled", from: true, to: false }],
      ],
      [
        { enabled: true },
        "success",
        [{ field: "background_updates_enabled", from: false, to: true }],
      ],
    ]);
  });
});

test.describe("the Server page as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("an operator reads background updates and tasks but is offered no pause", async ({
    page,
  }) => {
    await page.goto("/server");
    // The admin's test may have them paused at this moment: either state is read, not changed.
    await expect(page.getByTestId("background-updates-state")).toContainText(/Running|Paused/);
    await expect(page.getByRole("table", { name: "Scheduled tasks" })).toBeVisible();
    await expect(page.getByRole("button", { name: /background updates/ })).toHaveCount(0);
  });
});
