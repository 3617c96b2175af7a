import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

test("an operator blocks a room after confirming, then lifts the block", async ({ page }) => {
  const prefix = uniqueRoomPrefix("block");
  const name = `${prefix} room`;
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([name]);

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Block room" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Block ${name} (${roomId}): no local user can join it`);
  await confirm.getByRole("button", { name: "Block", exact: true }).click();
  await expect(page.getByText(`${name} is blocked.`)).toBeVisible();
  expect((await (await synapseAsAdmin()).rooms.blockStatus(roomId)).block).toBe(true);

  await page.getByRole("button", { name: "Unblock room" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unblock" }).click();
  await expect(page.getByText(`${name} is no longer blocked.`)).toBeVisible();
  expect((await (await synapseAsAdmin()).rooms.blockStatus(roomId)).block).toBe(false);

  expect(await findAuditRecords("room.set_blocked", roomId)).toMatchObject([
    { actor_id: e2eUsers.operator.id, input: { enabled: true }, outcome: "success" },
    { actor_id: e2eUsers.operator.id, input: { enabled: false }, outcome: "success" },
  ]);
});

test("cancelling the block changes nothing", async ({ page }) => {
  const prefix = uniqueRoomPrefix("noblock");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Block room" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toBeHidden();
  expect((await (await synapseAsAdmin()).rooms.blockStatus(roomId)).block).toBe(false);
  expect(await findAuditRecords("room.set_blocked", roomId)).toHaveLength(0);
});

test("an operator publishes a room in the directory and takes it out again", async ({ page }) => {
  const prefix = uniqueRoomPrefix("publish");
  const name = `${prefix} room`;
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([name]);

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Publish in directory" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(`${name} is listed in the room directory.`)).toBeVisible();
  expect((await (await synapseAsAdmin()).rooms.get(roomId)).public).toBe(true);

  await page.getByRole("button", { name: "Unpublish from directory" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText(`${name} is no longer listed in the room directory.`)).toBeVisible();
  expect((await (await synapseAsAdmin()).rooms.get(roomId)).public).toBe(false);

  expect(await findAuditRecords("room.set_published", roomId)).toMatchObject([
    { input: { enabled: true }, outcome: "success" },
    { input: { enabled: false }, outcome: "success" },
  ]);
});
