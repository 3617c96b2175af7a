import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, synapseAsAdmin } from "../fixtures/synapse";

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("deletes a room after confirming and follows the deletion to the end", async ({ page }) => {
    const prefix = uniqueRoomPrefix("delete");
    const name = `${prefix} room`;
    const {
      roomIds: [roomId = ""],
    } = await seedRooms([name]);

    await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
    await page.getByRole("button", { name: "Delete room" }).click();
    await page.getByRole("button", { name: "Delete room…" }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText(`All local members leave ${name} (${roomId})`);
    await expect(confirm).toContainText("Its history is purged from the database");
    await expect(confirm).toContainText("The room is blocked");
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();

    const progress = page.getByRole("status", { name: "Deletion progress" });
    await expect(progress).toContainText("complete", { timeout: 30_000 });
    await expect(progress).toContainText("1 local member removed");

    const synapse = await synapseAsAdmin();
    await expect(synapse.rooms.get(roomId)).rejects.toMatchObject({ kind: "not_found" });
    expect((await synapse.rooms.blockStatus(roomId)).block).toBe(true);
    const audit = await findAuditRecords("room.delete", roomId);
    expect(audit).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { roomId, block: true, purge: true, forcePurge: false },
      },
    ]);
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("sees no delete control", async ({ page }) => {
    const prefix = uniqueRoomPrefix("nodelete");
    const {
      roomIds: [roomId = ""],
    } = await seedRooms([`${prefix} room`]);
    await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
    await expect(page.getByRole("button", { name: "Block room" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete room" })).toHaveCount(0);
  });
});
