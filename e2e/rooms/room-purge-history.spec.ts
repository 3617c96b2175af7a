import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.admin });

/** The value a datetime-local input takes for `date`, in this machine's (and browser's) zone. */
const toLocalInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);

test("an admin purges a room's history before a date and follows the purge", async ({ page }) => {
  const prefix = uniqueRoomPrefix("purge");
  const name = `${prefix} room`;
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([name]);

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Purge history" }).click();
  // Without a date the form refuses before anything reaches Synapse.
  await page.getByRole("button", { name: "Purge history…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Purge" }).click();
  await expect(page.getByText("The date must be a date and time")).toBeVisible();

  await page.getByLabel("Purge events before").fill(toLocalInput(new Date()));
  await page.getByLabel("Also purge events sent by local users").check();
  await page.getByRole("button", { name: "Purge history…" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Events in ${name} (${roomId}) older than`);
  await expect(confirm).toContainText("including those sent by local users");
  await confirm.getByRole("button", { name: "Purge" }).click();

  await expect(page.getByRole("status", { name: "Purge progress" })).toContainText("complete", {
    timeout: 30_000,
  });
  // The room and its state outlive the purge.
  expect((await (await synapseAsAdmin()).rooms.get(roomId)).name).toBe(name);
  const audit = await findAuditRecords("room.purge_history", roomId);
  expect(audit).toMatchObject([
    {
      actor_id: e2eUsers.admin.id,
      outcome: "success",
      input: { roomId, deleteLocalEvents: true },
    },
  ]);
});
