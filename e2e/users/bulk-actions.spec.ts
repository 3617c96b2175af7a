import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { findAuditRecords } from "../fixtures/audit";
import { seedRooms } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { shownRows } from "../fixtures/lists";

/** Registers users under a prefix no other test uses, and lists exactly them on the users page. */
async function listFreshUsers(page: Page, label: string, count: number) {
  const prefix = `${label}${randomBytes(4).toString("hex")}`;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await registerUniqueUser(prefix)).id);
  await page.goto("/users");
  await page.getByLabel("Search user ID or display name").fill(prefix);
  // The list follows the search once typing pauses.
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(shownRows(page, "user-row")).toHaveCount(count);
  return ids.sort();
}

async function selectAll(page: Page, count: number) {
  await page.getByLabel("Select all on this page").check();
  await expect(page.getByTestId("selection-count")).toHaveText(`${count} users selected`);
}

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("lock three users at once, then unlock them", async ({ page }, testInfo) => {
    const ids = await listFreshUsers(page, "block", 3);
    const toolbar = page.getByRole("toolbar", { name: "Bulk actions" });
    await expect(toolbar.getByRole("button", { name: "Deactivate" })).toHaveCount(0);
    await selectAll(page, 3);
    await page.screenshot({ path: testInfo.outputPath("users-list-selection.png") });

    await toolbar.getByRole("button", { name: "Lock", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Lock users" });
    await expect(dialog).toContainText("Locks 3 users");
    await dialog.getByRole("button", { name: "Lock 3 users" }).click();
    // It runs as a job: the dialog follows it, then lists each user's result.
    await expect(dialog.getByTestId("bulk-summary")).toHaveText("3 of 3 done.");
    await expect(dialog.getByTestId("bulk-result")).toHaveText(ids);
    await page.screenshot({ path: testInfo.outputPath("bulk-lock-results.png") });
    const runHref = await dialog.getByRole("link", { name: "the run's page" }).getAttribute("href");
    const runId = runHref?.split("/").pop() ?? "";

    const synapse = await synapseAsAdmin();
    for (const id of ids) {
      expect((await synapse.users.get(id)).locked).toBe(true);
      // The job made the change, for the operator who asked.
      expect(await findAuditRecords("user.lock", id)).toMatchObject([
        {
          actor_id: `job:${runId}`,
          outcome: "success",
          input: { userId: id, requestedBy: e2eUsers.operator.id },
        },
      ]);
    }
    const [request] = await findAuditRecords("user.bulk_change", "users-bulk").then((rows) =>
      rows.filter((row) => JSON.stringify(row.input).includes(ids[0] ?? "")),
    );
    expect(request).toMatchObject({
      actor_id: e2eUsers.operator.id,
      outcome: "success",
      input: { userIds: expect.arrayContaining(ids) },
    });
    await dialog.getByRole("button", { name: "Done" }).click();
    // The table behind was refreshed: every row now says locked.
    await expect(shownRows(page, "user-row").filter({ hasText: "locked" })).toHaveCount(3);

    await toolbar.getByRole("button", { name: "Unlock" }).click();
    const unlock = page.getByRole("dialog", { name: "Unlock users" });
    await unlock.getByRole("button", { name: "Unlock 3 users" }).click();
    await expect(unlock.getByTestId("bulk-summary")).toHaveText("3 of 3 done.");
    for (const id of ids) expect((await synapse.users.get(id)).locked).toBe(false);
  });

  test("join two users to a public room; an operator is refused a private room", async ({
    page,
  }) => {
    const ids = await listFreshUsers(page, "bjoin", 2);
    const synapse = await synapseAsAdmin();
    const { roomIds } = await seedRooms([`Private ${randomBytes(3).toString("hex")}`]);
    const privateRoom = roomIds[0] ?? "";
    const reason = "Support team onboarding";
    await selectAll(page, 2);
    const toolbar = page.getByRole("toolbar", { name: "Bulk actions" });

    // A private room: joining people there lets them read it, so an operator is refused outright.
    await toolbar.getByRole("button", { name: "Join to room" }).click();
    let dialog = page.getByRole("dialog", { name: "Join users to a room" });
    await dialog.getByLabel("Room ID or alias").fill("lobby");
    await dialog.getByRole("button", { name: "Join 2 users" }).click();
    await expect(
      dialog.getByText("Room must be a room ID (!…) or alias (#…:server)"),
    ).toBeVisible();
    // Joining lets them read the room, so the reason is required and kept in each audit entry.
    await expect(dialog.getByText("Reason must say why, in at least 5 characters")).toBeVisible();
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByLabel("Room ID or alias").fill(privateRoom);
    await dialog.getByRole("button", { name: "Join 2 users" }).click();
    await expect(
      dialog.getByText(
        `cannot be joined to ${privateRoom} by an operator: the room is not public (join rule invite); joining people to private rooms needs the admin role.`,
      ),
    ).toBeVisible();
    expect(await synapse.rooms.members(privateRoom)).not.toContain(ids[0]);
    await page.keyboard.press("Escape");

    // A public room: both join.
    const creator = await registerUniqueUser("bjoinroom");
    const http = createSynapseHttp({
      baseUrl: synapseUrl(),
      timeoutMs: 15_000,
      maxRetryWaitMs: 10_000,
    });
    const publicRoom = await createRoom(http, creator.accessToken, {
      name: "Bulk join lobby",
      preset: "public_chat",
    });
    await toolbar.getByRole("button", { name: "Join to room" }).click();
    dialog = page.getByRole("dialog", { name: "Join users to a room" });
    await dialog.getByLabel("Room ID or alias").fill(publicRoom);
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Join 2 users" }).click();
    await expect(dialog.getByTestId("bulk-summary")).toHaveText("2 of 2 done.");
    const members = await synapse.rooms.members(publicRoom);
    for (const id of ids) {
      expect(members).toContain(id);
      expect(await findAuditRecords("user.join_room", id)).toMatchObject([
        { outcome: "success", input: { userId: id, room: publicRoom, reason } },
      ]);
    }
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("deactivate selected users after a confirmation that says what happens", async ({
    page,
  }) => {
    const ids = await listFreshUsers(page, "bdeact", 2);
    await selectAll(page, 2);
    await page
      .getByRole("toolbar", { name: "Bulk actions" })
      .getByRole("button", { name: "Deactivate" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Deactivate users" });
    await expect(dialog).toContainText("Deactivates 2 users: each is logged out everywhere");
    await dialog.getByRole("button", { name: "Deactivate 2 users" }).click();
    await expect(dialog.getByTestId("bulk-summary")).toHaveText("2 of 2 done.");
    const synapse = await synapseAsAdmin();
    for (const id of ids) {
      expect((await synapse.users.get(id)).deactivated).toBe(true);
      expect(await findAuditRecords("user.deactivate", id)).toMatchObject([
        { outcome: "success", input: { userId: id, requestedBy: e2eUsers.admin.id } },
      ]);
    }
  });
});
