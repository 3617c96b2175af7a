import { expect, test, type Locator, type Page } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { findAuditRecords } from "../fixtures/audit";
import { expectExamplePlaceholders } from "../fixtures/placeholders";
import { uniqueRoomPrefix } from "../fixtures/rooms";
import { expectOverview, signInWithPassword, storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";

const serverName = () => e2eUsers.admin.id.split(":")[1] ?? "";

async function openCreateDialog(page: Page): Promise<Locator> {
  await page.goto("/rooms");
  await page.getByRole("button", { name: "Create room" }).click();
  return page.getByRole("dialog", { name: "Create room" });
}

/** The new room's ID, read from the link the dialog offers to its page. */
async function createdRoomId(dialog: Locator): Promise<string> {
  const link = dialog.getByTestId("created-room").getByRole("link", { name: /^Open / });
  return ((await link.textContent()) ?? "").replace(/^Open /, "");
}

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("creates a room with every option set, and Synapse has exactly that room", async ({
    page,
  }, testInfo) => {
    const prefix = uniqueRoomPrefix("create");
    const alias = `${prefix}-lobby`;
    const fullAlias = `#${alias}:${serverName()}`;
    const [invitee, moderator] = await Promise.all([
      registerUniqueUser("invitee"),
      registerUniqueUser("moderator"),
    ]);

    const dialog = await openCreateDialog(page);
    await dialog.getByLabel("Name (optional)").fill(`${prefix} lobby`);
    await dialog.getByLabel("Address (optional)").fill(alias);
    await expect(dialog.getByText(`People can join with ${fullAlias}.`)).toBeVisible();
    await dialog.getByLabel("Topic (optional)").fill(`Everything about ${prefix}`);
    await dialog.getByLabel("Room directory").selectOption("public");
    await dialog.getByLabel("Who may join").selectOption("knock");
    await dialog.getByLabel("Who may read history").selectOption("joined");
    await dialog.getByLabel(/Encrypt messages end to end/).check();
    await dialog.getByLabel(/Invite users/).fill(invitee.id);
    await dialog.getByRole("button", { name: "Add user level" }).click();
    await dialog.getByLabel("User ID (row 1)").fill(moderator.id);
    await dialog.getByLabel("User level (row 1)").fill("42");
    await dialog.getByRole("button", { name: "Add event level" }).click();
    await dialog.getByLabel("Event type (row 1)").fill("m.room.topic");
    await dialog.getByLabel("Event level (row 1)").fill("75");
    // Name, address, invites and the two rows' key and level: examples, not values.
    await expectExamplePlaceholders(dialog, 7);
    // Tall enough that the whole filled-in dialog shows without scrolling.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await dialog.screenshot({ path: testInfo.outputPath("create-room-dialog.png") });
    await dialog.getByRole("button", { name: "Create room" }).click();

    await expect(dialog.getByTestId("created-room")).toContainText(
      `was created with the address ${fullAlias}.`,
    );
    const roomId = await createdRoomId(dialog);
    expect(roomId).toMatch(/^!/);

    const synapse = await synapseAsAdmin();
    const room = await synapse.rooms.get(roomId);
    expect(room).toMatchObject({
      name: `${prefix} lobby`,
      topic: `Everything about ${prefix}`,
      canonical_alias: fullAlias,
      encryption: "m.megolm.v1.aes-sha2",
      join_rules: "knock",
      history_visibility: "joined",
      public: true,
      room_type: null,
    });
    const state = await synapse.rooms.state(roomId);
    const levels = state.find((event) => event.type === "m.room.power_levels")?.content;
    // The creator is the console's account, which keeps 100 beside the custom level.
    expect(levels?.users).toEqual({ [moderator.id]: 42, [room.creator ?? ""]: 100 });
    expect(levels?.events).toMatchObject({ "m.room.topic": 75, "m.room.power_levels": 100 });
    const invite = state.find(
      (event) => event.type === "m.room.member" && event.state_key === invitee.id,
    );
    expect(invite?.content.membership).toBe("invite");
    expect(await synapse.rooms.aliases(roomId)).toEqual([fullAlias]);

    expect(await findAuditRecords("room.create", fullAlias)).toMatchObject([
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: {
          aliasLocalpart: alias,
          joinRule: "knock",
          historyVisibility: "joined",
          encrypted: true,
          invites: [invitee.id],
          userLevels: [{ userId: moderator.id, level: 42 }],
          eventLevels: [{ eventType: "m.room.topic", level: 75 }],
        },
      },
    ]);

    await dialog.getByRole("link", { name: `Open ${roomId}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${prefix} lobby` })).toBeVisible();
    await expect(page.getByRole("list", { name: "Local aliases" })).toHaveText(fullAlias);
  });

  test("creates a Space", async ({ page }) => {
    const prefix = uniqueRoomPrefix("space");
    const dialog = await openCreateDialog(page);
    await dialog.getByLabel("Name (optional)").fill(`${prefix} space`);
    await dialog.getByLabel(/Encrypt messages end to end/).uncheck();
    await dialog.getByLabel(/Create as a Space/).check();
    await dialog.getByRole("button", { name: "Create room" }).click();

    await expect(dialog.getByTestId("created-room")).toContainText("Space !");
    const roomId = await createdRoomId(dialog);
    const room = await (await synapseAsAdmin()).rooms.get(roomId);
    expect(room).toMatchObject({ name: `${prefix} space`, room_type: "m.space", encryption: null });
    await dialog.getByRole("link", { name: `Open ${roomId}` }).click();
    await expect(page.locator("dt:text-is('Type') + dd")).toHaveText("Space");
  });

  test("a malformed invite is refused by the form; a taken alias by Synapse, clearly", async ({
    page,
  }) => {
    const prefix = uniqueRoomPrefix("refused");
    const name = `${prefix} refused`;
    const owner = await registerUniqueUser("aliasowner");
    const takenAlias = `${prefix}-taken`;
    const http = createSynapseHttp({
      baseUrl: synapseUrl(),
      timeoutMs: 15_000,
      maxRetryWaitMs: 10_000,
    });
    await createRoom(http, owner.accessToken, {
      name: `${prefix} owner`,
      preset: "public_chat",
      room_alias_name: takenAlias,
    });
    // Server actions are POSTs to the page; none may leave the browser for a malformed form.
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });

    const dialog = await openCreateDialog(page);
    await dialog.getByLabel("Name (optional)").fill(name);
    await dialog.getByLabel(/Invite users/).fill(`${owner.id}\nnot a user`);
    await dialog.getByRole("button", { name: "Create room" }).click();
    await expect(
      dialog.getByText('The invite list has "not a user", which is not a Matrix'),
    ).toBeVisible();
    await dialog.getByLabel("Address (optional)").fill("has space");
    await dialog.getByRole("button", { name: "Create room" }).click();
    await expect(dialog.getByText("Address may not contain spaces or colons")).toBeVisible();
    expect(posts).toEqual([]);
    const synapse = await synapseAsAdmin();
    expect((await synapse.rooms.list({ search_term: name })).rooms).toEqual([]);

    await dialog.getByLabel(/Invite users/).fill(owner.id);
    await dialog.getByLabel("Address (optional)").fill(takenAlias);
    await dialog.getByRole("button", { name: "Create room" }).click();
    const fullAlias = `#${takenAlias}:${serverName()}`;
    await expect(dialog.getByRole("alert")).toHaveText(
      `The alias ${fullAlias} is already taken by another room. Choose another alias.`,
    );
    expect((await synapse.rooms.list({ search_term: name })).rooms).toEqual([]);
    expect(await findAuditRecords("room.create", fullAlias)).toMatchObject([
      { actor_id: e2eUsers.operator.id, outcome: "failure" },
    ]);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStates.admin });

  test("is not offered Create room", async ({ page, browser }) => {
    const viewer = await registerUniqueUser("roomviewer");
    await page.goto("/settings");
    await page.getByLabel("Matrix user ID").fill(viewer.id);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Grant role" }).click();
    await expect(
      page.getByRole("table", { name: "Console roles" }).getByRole("row").filter({
        hasText: viewer.id,
      }),
    ).toContainText("viewer");

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const viewerPage = await context.newPage();
    await signInWithPassword(viewerPage, viewer.id, viewer.password);
    await expectOverview(viewerPage);
    await viewerPage.goto("/rooms");
    await expect(viewerPage.getByRole("heading", { level: 1, name: "Rooms" })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Create room" })).toHaveCount(0);
    await context.close();
  });
});
