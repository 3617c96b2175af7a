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
  const reason = "Onboarding two new moderators";

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Join users" }).click();
  // The room is private: Synapse joins users only through a member who may invite them.
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("The console's account has no power in this room");
  await dialog.getByRole("button", { name: "Make the console's account room admin" }).click();
  await expect(dialog.getByText("has no power in this room")).toBeHidden();
  // A Synapse admin may be joined by console admins only: that line is refused on its own.
  const synapseAdmin = e2eUsers.admin.id;
  await page
    .getByLabel("User IDs, one per line")
    .fill(`${alice.id}\n\n${bob.id}\n${ghost}\n${synapseAdmin}\n`);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(dialog.getByText("Reason must say why, in at least 5 characters")).toBeVisible();
  await dialog.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Join", exact: true }).click();

  const results = page.getByRole("list", { name: "Join results" });
  await expect(results.getByRole("listitem").filter({ hasText: alice.id })).toContainText("Joined");
  await expect(results.getByRole("listitem").filter({ hasText: bob.id })).toContainText("Joined");
  await expect(results.getByRole("listitem").filter({ hasText: ghost })).toContainText("Failed");
  await expect(results.getByRole("listitem").filter({ hasText: synapseAdmin })).toContainText(
    "is a Synapse server admin: changing them needs the admin role; you are operator.",
  );
  await expect(page.getByText("2 of 4 users joined.")).toBeVisible();

  const members = await (await synapseAsAdmin()).rooms.members(roomId);
  expect(members).toEqual(expect.arrayContaining([alice.id, bob.id]));
  expect(members).not.toContain(ghost);
  expect(members).not.toContain(synapseAdmin);

  const audit = await findAuditRecords("room.join_user", roomId);
  expect(audit).toHaveLength(3);
  const byUser = (id: string) =>
    audit.find((row) => (row.input as { userId?: string }).userId === id);
  expect(byUser(alice.id)).toMatchObject({
    actor_id: e2eUsers.operator.id,
    outcome: "success",
    input: { reason },
  });
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
  await page.getByLabel("Reason").fill("Carol moderates this room now");
  await page.getByRole("button", { name: "Make admin", exact: true }).click();
  await expect(page.getByText(`${carol.id} is now an admin of this room.`)).toBeVisible();

  expect(await powerLevelOf(roomId, carol.id)).toBe(100);
  expect(await findAuditRecords("room.make_admin", roomId)).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { roomId, userId: carol.id, reason: "Carol moderates this room now" },
    },
  ]);

  // Making oneself room admin is entering the room: an admin's action, refused on the server.
  await page.getByRole("button", { name: "Make room admin" }).click();
  await page.getByLabel("User ID").fill(e2eUsers.operator.id);
  await page.getByLabel("Reason").fill("I want to read along");
  await page.getByRole("button", { name: "Make admin", exact: true }).click();
  await expect(
    page.getByText(`${e2eUsers.operator.id} is your own account: acting on yourself`),
  ).toBeVisible();
  expect(await powerLevelOf(roomId, e2eUsers.operator.id)).toBeUndefined();
  expect(await findAuditRecords("room.make_admin", roomId)).toHaveLength(1);
});

test("an operator is not offered to join the room themselves", async ({ page }) => {
  const prefix = uniqueRoomPrefix("noenter");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);
  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await expect(page.getByRole("button", { name: "Join users" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Join this room myself" })).toHaveCount(0);
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("an admin joins the room themselves with a reason, kept in the audit entry", async ({
    page,
  }, testInfo) => {
    const prefix = uniqueRoomPrefix("enter");
    const {
      roomIds: [roomId = ""],
    } = await seedRooms([`${prefix} room`]);
    const me = e2eUsers.admin.id;
    const reason = "Abuse report 812: reading the reported thread";

    await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
    await page.getByRole("button", { name: "Join this room myself" }).click();
    const dialog = page.getByRole("dialog", { name: "Join this room yourself" });
    await expect(dialog).toContainText("can read the room's conversation");
    // The room is private: the console's account must be in it to admin-join anyone.
    await dialog.getByRole("button", { name: "Make the console's account room admin" }).click();
    await expect(dialog.getByText("has no power in this room")).toBeHidden();
    await dialog.getByRole("button", { name: "Join the room" }).click();
    await expect(dialog.getByText("Reason must say why, in at least 5 characters")).toBeVisible();
    await dialog.getByLabel("Reason").fill(reason);
    await page.screenshot({ path: testInfo.outputPath("enter-room-reason.png") });
    await dialog.getByRole("button", { name: "Join the room" }).click();
    await expect(page.getByText(`You joined this room as ${me}.`)).toBeVisible();

    expect(await (await synapseAsAdmin()).rooms.members(roomId)).toContain(me);
    expect(await findAuditRecords("user.join_room", me)).toContainEqual(
      expect.objectContaining({
        actor_id: me,
        outcome: "success",
        input: { userId: me, room: roomId, reason },
      }),
    );
  });
});
