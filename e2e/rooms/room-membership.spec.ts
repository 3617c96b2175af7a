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

test("an operator joins several users to a public room at once and sees how each join went", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("join");
  const {
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`], "public_chat");
  const [alice, bob] = [await registerUniqueUser("joina"), await registerUniqueUser("joinb")];
  const ghost = `@${prefix}-ghost:localhost`;
  const reason = "Onboarding two new moderators";

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Join users" }).click();
  // The room is public: Synapse joins users without the console's account being in it.
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText("has no power in this room")).toHaveCount(0);
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
  } = await seedRooms([`${prefix} room`], "public_chat");

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await page.getByRole("button", { name: "Join users" }).click();
  await page.getByLabel("User IDs, one per line").fill("@fine:localhost\nnot-an-id");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(`The list has "not-an-id"`)).toBeVisible();
  expect(await findAuditRecords("room.join_user", roomId)).toHaveLength(0);
});

test("an operator is offered no way into a private room, and only joins to a public one", async ({
  page,
}) => {
  const prefix = uniqueRoomPrefix("noenter");
  const {
    roomIds: [privateRoom = ""],
  } = await seedRooms([`${prefix} room`]);
  const {
    roomIds: [publicRoom = ""],
  } = await seedRooms([`${prefix} lobby`], "public_chat");
  // Joining a stand-in account to a private room, or making it room admin, would let the operator
  // read the room: those are an admin's actions.
  await page.goto(`/rooms/${encodeURIComponent(privateRoom)}`);
  await expect(page.getByRole("button", { name: "Set power level" })).toBeVisible();
  for (const name of ["Join users", "Make room admin", "Join this room myself"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);

  await page.goto(`/rooms/${encodeURIComponent(publicRoom)}`);
  await expect(page.getByRole("button", { name: "Join users" })).toBeVisible();
  for (const name of ["Make room admin", "Join this room myself"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("an admin makes a user admin of a room, with a reason kept in the audit entry", async ({
    page,
  }) => {
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
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { roomId, userId: carol.id, reason: "Carol moderates this room now" },
      },
    ]);
  });

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
    // It opens on its own form, not on the notice's button that grants the console power.
    await expect(dialog.getByLabel("Reason")).toBeFocused();
    // The room is private: the console's account must be in it to admin-join anyone.
    await dialog.getByRole("button", { name: "Make the console's account room admin" }).click();
    await expect(dialog.getByText("has no power in this room")).toBeHidden();
    await dialog.getByRole("button", { name: "Join the room" }).click();
    await expect(dialog.getByText("Reason must say why, in at least 5 characters")).toBeVisible();
    await dialog.getByLabel("Reason").fill(reason);
    await page.screenshot({ path: testInfo.outputPath("enter-room-reason.png") });
    await dialog.getByRole("button", { name: "Join the room" }).click();
    await expect(page.getByText(`You joined this room as ${me}.`)).toBeVisible();
    // A member is told so, and not offered to join again.
    await expect(page.getByText(`You (${me}) are a member of this room.`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Join this room myself" })).toHaveCount(0);

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
