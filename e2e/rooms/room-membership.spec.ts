import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

const powerLevelOf = async (roomId: string, userId: string) => {
  const state = await (await synapseAsAdmin()).rooms.state(roomId);
  const event = state.find((item) => item.type === "m.room.power_levels");
  const users = (event?.content.users ?? {}) as Record<string, number>;
  return users[userId];
};

test("an operator joins several users at once and sees how each join went", async ({ page }) => {
  const prefix = uniqueRoomPrefix("join");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);
  const [alice, bob] = [await registerUniqueUser("joina"), await registerUniqueUser("joinb")];
  const ghost = `@${prefix}-ghost:localhost`;

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Join users" }).click();
  // The room is private: Synapse joins users only through a member who may invite them.
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("The console's account has no power in this room");
  await dialog.getByRole("button", { name: "Make the console's account room admin" }).click();
  await expect(dialog.getByText("has no power in this room")).toBeHidden();
  await page.getByLabel("User IDs, one per line").fill(`${alice.id}\n\n${bob.id}\n${ghost}\n`);
  await page.getByRole("button", { name: "Join", exact: true }).click();

  const results = page.getByRole("list", { name: "Join results" });
  await expect(results.getByRole("listitem").filter({ hasText: alice.id })).toContainText("Joined");
  await expect(results.getByRole("listitem").filter({ hasText: bob.id })).toContainText("Joined");
  await expect(results.getByRole("listitem").filter({ hasText: ghost })).toContainText("Failed");
  await expect(page.getByText("2 of 3 users joined.")).toBeVisible();

  const members = await (await synapseAsAdmin()).rooms.members(roomId);
  expect(members).toEqual(expect.arrayContaining([alice.id, bob.id]));
  expect(members).not.toContain(ghost);

  const audit = await findAuditRecords("room.join_user", roomId);
  expect(audit).toHaveLength(3);
  const byUser = (id: string) =>
    audit.find((row) => (row.input as { userId?: string }).userId === id);
  expect(byUser(alice.id)).toMatchObject({ actor_id: e2eUsers.operator.id, outcome: "success" });
  expect(byUser(bob.id)).toMatchObject({ outcome: "success" });
  expect(byUser(ghost)).toMatchObject({ outcome: "failure" });
});

test("the join form refuses a line that is not a user ID before anything is sent", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("joinbad");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Join users" }).click();
  await page.getByLabel("User IDs, one per line").fill("@fine:localhost\nnot-an-id");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(`The list has "not-an-id"`)).toBeVisible();
  expect(await findAuditRecords("room.join_user", roomId)).toHaveLength(0);
});

test("an operator makes a user admin of a room", async ({ page }) => {
  const prefix = uniqueRoomPrefix("radmin");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);
  const carol = await registerUniqueUser("radminc");

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Make room admin" }).click();
  await page.getByLabel("User ID").fill(carol.id);
  await page.getByRole("button", { name: "Make admin", exact: true }).click();
  await expect(page.getByText(`${carol.id} is now an admin of this room.`)).toBeVisible();

  expect(await powerLevelOf(roomId, carol.id)).toBe(100);
  expect(await findAuditRecords("room.make_admin", roomId)).toMatchObject([
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { roomId, userId: carol.id } },
  ]);
});
