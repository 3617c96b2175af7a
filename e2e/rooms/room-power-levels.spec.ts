import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin } from "../fixtures/synapse";

test.use({ storageState: storageStates.operator });

const userLevels = async (roomId: string) => {
  const state = await (await synapseAsAdmin()).rooms.state(roomId);
  const event = state.find((item) => item.type === "m.room.power_levels");
  return (event?.content.users ?? {}) as Record<string, number>;
};

test("an admin gives the console power in a room, then an operator sets a member's power level", async ({
  page,
  browser,
}) => {
  const prefix = uniqueRoomPrefix("power");
  const {
    creator,
    roomIds: [roomId = ""],
  } = await seedRooms([`${prefix} room`]);
  const dave = await registerUniqueUser("powerd");

  await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
  const required = page.getByRole("table", { name: "Required power levels" });
  await expect(required.getByRole("row").filter({ hasText: "Ban" })).toContainText("50");
  await expect(
    page.getByRole("table", { name: "User power levels" }).getByRole("row", { name: creator.id }),
  ).toContainText("100");

  await page.getByRole("button", { name: "Set power level" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("The console's account has no power in this room");
  await expect(dialog.getByRole("button", { name: "Set power level" })).toBeDisabled();
  // Making the console's account room admin enters the room: only an admin is offered it.
  await expect(dialog.getByText("Only a console admin may do that")).toBeVisible();
  await expect(
    dialog.getByRole("button", { name: "Make the console's account room admin" }),
  ).toHaveCount(0);
  const adminContext = await browser.newContext({ storageState: storageStates.admin });
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/rooms/${encodeURIComponent(roomId)}`);
  await adminPage.getByRole("button", { name: "Set power level" }).click();
  await adminPage
    .getByRole("dialog")
    .getByRole("button", { name: "Make the console's account room admin" })
    .click();
  await expect(adminPage.getByRole("dialog").getByText("has no power in this room")).toBeHidden();
  await adminContext.close();
  await page.reload();
  await page.getByRole("button", { name: "Set power level" }).click();
  await expect(dialog.getByText("has no power in this room")).toBeHidden();

  // Raising one's own level is entering the room: an admin's action, refused on the server.
  await dialog.getByLabel("User ID").fill(e2eUsers.operator.id);
  await dialog.getByLabel("Power level").fill("100");
  await dialog.getByLabel("Reason").fill("I need to moderate here");
  await dialog.getByRole("button", { name: "Set power level" }).click();
  await expect(
    page.getByText(`${e2eUsers.operator.id} is your own account: acting on yourself`),
  ).toBeVisible();

  await dialog.getByLabel("User ID").fill(dave.id);
  await dialog.getByLabel("Power level").fill("42");
  await dialog.getByLabel("Reason").fill("Dave helps moderate");
  await dialog.getByRole("button", { name: "Set power level" }).click();
  await expect(page.getByText(`${dave.id} now has power level 42.`)).toBeVisible();
  await expect(
    page.getByRole("table", { name: "User power levels" }).getByRole("row", { name: dave.id }),
  ).toContainText("42");

  const levels = await userLevels(roomId);
  expect(levels[dave.id]).toBe(42);
  expect(levels[creator.id]).toBe(100);
  expect(levels[e2eUsers.operator.id]).toBeUndefined();
  const [consoleAdmin] = await findAuditRecords("room.make_console_admin", roomId);
  expect(consoleAdmin).toMatchObject({ actor_id: e2eUsers.admin.id, outcome: "success" });
  expect(await findAuditRecords("room.set_power_level", roomId)).toMatchObject([
    {
      actor_id: e2eUsers.operator.id,
      input: { userId: dave.id, level: 42, reason: "Dave helps moderate" },
      outcome: "success",
    },
  ]);
});
