// The media of a user (their page's Media panel), of a room (its page's Media panel) and of several
// users at once (the users list's bulk action): what the pages show, what Synapse did, what the
// audit log keeps. Files are uploaded by fresh users through the client API, as Matrix clients do.
import { randomBytes } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createSynapseHttp, isSynapseError } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { uploadAsUser, type UploadedFile } from "@/lib/synapse/testing/media-uploads";
import { sendRoomEvent } from "@/lib/synapse/testing/room-events";
import { formatByteSize } from "@/lib/format/byte-size";
import { findAuditRecords } from "../fixtures/audit";
import { grantConsoleRole } from "../fixtures/console-db";
import { shoot } from "../fixtures/shots";
import { signInInNewBrowser, storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";
import { shownRows } from "../fixtures/lists";

const http = () =>
  createSynapseHttp({ baseUrl: synapseUrl(), timeoutMs: 15_000, maxRetryWaitMs: 10_000 });
const tag = () => randomBytes(3).toString("hex");
const serverOf = (userId: string) => userId.slice(userId.indexOf(":") + 1);
const THUMBNAIL_PATH = "/api/v1/media-thumbnails/";

/** A fresh user who uploaded the given files (PNG pictures unless a kind says otherwise). */
async function uploader(prefix: string, files: Array<{ name: string; kind?: "png" | "text" }>) {
  const user = await registerUniqueUser(prefix);
  const uploaded: UploadedFile[] = [];
  for (const file of files) uploaded.push(await uploadAsUser(synapseUrl(), user.accessToken, file));
  return { user, files: uploaded };
}

/** A file as Synapse's admin API has it now. */
async function infoOf(userId: string, mediaId: string) {
  return (await synapseAsAdmin()).media.get(serverOf(userId), mediaId);
}

async function mediaTotalOf(userId: string) {
  return (await (await synapseAsAdmin()).media.ofUser(userId)).total;
}

const mediaRow = (page: Page, mediaId: string) =>
  page.locator(`[data-testid="media-row"][data-media-id="${mediaId}"]`);

/** The image really loaded in the browser (lazy: it is brought into view first). */
async function expectThumbnailLoaded(image: Locator) {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      image.evaluate(
        (element) => {
          const img = element as HTMLImageElement;
          return img.complete ? img.naturalWidth : 0;
        },
        undefined,
        { timeout: 2_000 },
      ),
    )
    .toBeGreaterThan(0);
}

/** The thumbnail's address is the console's own route for that file, never Synapse's. */
async function expectConsoleThumbnail(page: Page, image: Locator, mediaId: string) {
  const src = (await image.getAttribute("src")) ?? "";
  expect(src).toBe(`${THUMBNAIL_PATH}${mediaId}`);
  expect(src).not.toContain(synapseUrl());
  expect(src).not.toMatch(/_matrix|access_token/);
  await expectThumbnailLoaded(image);
  const answer = await page.request.get(src);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toMatch(/^image\/(png|jpeg)$/);
}

/** Selects one file of the list by its name, then clicks a button of the Media actions toolbar. */
async function actOn(page: Page, name: string, button: string) {
  const toolbar = page.getByRole("toolbar", { name: "Media actions" });
  await page.getByLabel(`Select ${name}`, { exact: true }).check();
  await expect(toolbar.getByTestId("media-selection-count")).toHaveText("1 file selected");
  await toolbar.getByRole("button", { name: button, exact: true }).click();
}

test.describe("as an operator", () => {
  test.use({ storageState: storageStates.operator });

  test("lists a user's files with console thumbnails, quarantines and releases one, protects and unprotects one", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const { user, files } = await uploader("umedia-op", [
      { name: "first-picture.png" },
      { name: "second-picture.png" },
      { name: "notes.txt", kind: "text" },
    ]);
    const [first, second, notes] = files as [UploadedFile, UploadedFile, UploadedFile];
    // Whatever the browser asks for, it asks the console: never Synapse itself.
    const synapseOrigin = new URL(synapseUrl()).origin;
    const toSynapse: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin === synapseOrigin) toSynapse.push(request.url());
    });
    await expect(await openUserPage(page, user.id)).toBeVisible();

    const table = page.getByRole("table", { name: `Media of ${user.id}` });
    await expect(table.getByTestId("media-row")).toHaveCount(3);
    await expect(page.getByTestId("media-range")).toContainText("3");
    for (const file of files) {
      const info = await infoOf(user.id, file.mediaId);
      const row = mediaRow(page, file.mediaId);
      await expect(row).toContainText(file.name);
      await expect(row).toContainText(info.media_type);
      await expect(row).toContainText(formatByteSize(info.media_length ?? -1));
      await expect(row.getByTestId("media-quarantined")).toHaveText("no");
      await expect(row.getByTestId("media-protected")).toHaveText("no");
    }
    expect((await infoOf(user.id, first.mediaId)).media_type).toBe("image/png");
    expect((await infoOf(user.id, notes.mediaId)).media_type).toMatch(/^text\/plain/);

    // The pictures show a thumbnail through the console; the text file an icon, no image.
    await expect(table.getByTestId("media-thumbnail")).toHaveCount(2);
    for (const picture of [first, second]) {
      const image = mediaRow(page, picture.mediaId).getByRole("img", {
        name: `Thumbnail of ${picture.name}`,
      });
      await expectConsoleThumbnail(page, image, picture.mediaId);
    }
    await expect(mediaRow(page, notes.mediaId).locator("img")).toHaveCount(0);
    await expect(mediaRow(page, notes.mediaId).getByTitle("Not an image")).toBeVisible();
    expect(toSynapse).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "user-media-thumbnails");

    // An operator may flag files, not delete them.
    const toolbar = page.getByRole("toolbar", { name: "Media actions" });
    await expect(toolbar.getByRole("button", { name: "Delete", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete all media of this user" })).toHaveCount(
      0,
    );

    // Quarantine the first picture: Synapse says who, the row says so and shows no preview.
    await actOn(page, first.name, "Quarantine");
    const confirm = page.getByRole("alertdialog", { name: "Quarantine files" });
    await expect(confirm).toContainText(`Quarantines 1 file of ${user.id} (${first.name})`);
    await confirm.getByRole("button", { name: "Quarantine 1 file" }).click();
    await expect(page.getByText("Quarantined 1 file.")).toBeVisible();
    await expect(mediaRow(page, first.mediaId).getByTestId("media-quarantined")).toHaveText(
      "Quarantined",
    );
    await expect(mediaRow(page, first.mediaId).getByTestId("media-thumbnail")).toHaveCount(0);
    await expect(mediaRow(page, first.mediaId).getByTitle("Quarantined: not shown")).toBeVisible();
    await expect(toolbar.getByTestId("media-selection-count")).toHaveText(
      "Select files to act on them.",
    );
    expect((await infoOf(user.id, first.mediaId)).quarantined_by).not.toBeNull();
    expect((await infoOf(user.id, second.mediaId)).quarantined_by).toBeNull();

    await actOn(page, first.name, "Release from quarantine");
    await expect(page.getByText("Released 1 file.")).toBeVisible();
    await expect(mediaRow(page, first.mediaId).getByTestId("media-quarantined")).toHaveText("no");
    expect((await infoOf(user.id, first.mediaId)).quarantined_by).toBeNull();
    await expectThumbnailLoaded(mediaRow(page, first.mediaId).getByTestId("media-thumbnail"));

    // Protect the second picture, then unprotect it.
    await actOn(page, second.name, "Protect");
    await expect(page.getByText("Protected 1 file.")).toBeVisible();
    await expect(mediaRow(page, second.mediaId).getByTestId("media-protected")).toHaveText(
      "Protected",
    );
    expect((await infoOf(user.id, second.mediaId)).safe_from_quarantine).toBe(true);

    await actOn(page, second.name, "Unprotect");
    await expect(page.getByText("Unprotected 1 file.")).toBeVisible();
    await expect(mediaRow(page, second.mediaId).getByTestId("media-protected")).toHaveText("no");
    expect((await infoOf(user.id, second.mediaId)).safe_from_quarantine).toBe(false);

    expect(await findAuditRecords("media.set_quarantined", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: { userId: user.id, mediaIds: [first.mediaId], quarantined: true },
        changes: [{ field: `${first.mediaId} quarantined`, from: false, to: true }],
      },
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: { userId: user.id, mediaIds: [first.mediaId], quarantined: false },
        changes: [{ field: `${first.mediaId} quarantined`, from: true, to: false }],
      },
    ]);
    expect(await findAuditRecords("media.set_protected", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: { userId: user.id, mediaIds: [second.mediaId], protected: true },
        changes: [{ field: `${second.mediaId} protected`, from: false, to: true }],
      },
      {
        actor_id: e2eUsers.operator.id,
        outcome: "success",
        input: { userId: user.id, mediaIds: [second.mediaId], protected: false },
      },
    ]);
  });

  test("a room's page lists the picture sent there and quarantines all of its media", async ({
    page,
  }) => {
    const { user, files } = await uploader("rmedia", [{ name: "room-picture.png" }]);
    const [picture] = files as [UploadedFile];
    const roomName = `Media room ${tag()}`;
    const roomId = await createRoom(http(), user.accessToken, {
      name: roomName,
      preset: "private_chat",
    });
    await sendRoomEvent(http(), user.accessToken, {
      roomId,
      type: "m.room.message",
      content: { msgtype: "m.image", body: picture.name, url: picture.mxc },
    });

    await page.goto(`/rooms/${encodeURIComponent(roomId)}`);
    const local = page.getByRole("table", { name: "Local media" });
    const row = local.getByTestId("room-local-media-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(picture.name);
    await expect(row).toContainText(picture.mxc);
    await expect(row).toContainText("image/png");
    await expect(row.getByRole("link", { name: user.id })).toHaveAttribute(
      "href",
      `/users/${encodeURIComponent(user.id)}#media`,
    );
    await expect(row.getByTestId("media-quarantined")).toHaveText("no");
    await expect(page.getByTestId("room-local-media-range")).toContainText("1");
    await expect(page.getByTestId("room-remote-media-row")).toHaveCount(0);
    await expectConsoleThumbnail(
      page,
      row.getByRole("img", { name: `Thumbnail of ${picture.name}` }),
      picture.mediaId,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "room-media");

    await page.getByRole("button", { name: "Quarantine all media of this room" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Quarantine all media of this room" });
    await expect(confirm).toContainText(
      `Quarantines the 1 local file and 0 remote files the messages of ${roomName} point at`,
    );
    await confirm.getByRole("button", { name: "Quarantine them" }).click();
    await expect(page.getByText(`Quarantined 1 file of ${roomName}.`)).toBeVisible();
    await expect(row.getByTestId("media-quarantined")).toHaveText("Quarantined");
    await expect(row.getByTestId("media-thumbnail")).toHaveCount(0);

    expect((await infoOf(user.id, picture.mediaId)).quarantined_by).not.toBeNull();
    expect(await findAuditRecords("room.quarantine_media", roomId)).toMatchObject([
      { actor_id: e2eUsers.operator.id, outcome: "success", input: { roomId } },
    ]);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStates.admin });

  test("deletes a selected file, then all media of the user", async ({ page }) => {
    const { user, files } = await uploader("umedia-adm", [
      { name: "keep-a.png" },
      { name: "keep-b.png" },
      { name: "drop.txt", kind: "text" },
    ]);
    const [, , dropped] = files as [UploadedFile, UploadedFile, UploadedFile];
    await expect(await openUserPage(page, user.id)).toBeVisible();
    await expect(page.getByTestId("media-row")).toHaveCount(3);

    await actOn(page, dropped.name, "Delete");
    const confirm = page.getByRole("alertdialog", { name: "Delete files" });
    await expect(confirm).toContainText(`Deletes 1 file of ${user.id} (${dropped.name})`);
    await confirm.getByRole("button", { name: "Delete 1 file" }).click();
    await expect(page.getByText("Deleted 1 file.")).toBeVisible();
    await expect(page.getByTestId("media-row")).toHaveCount(2);
    await expect(mediaRow(page, dropped.mediaId)).toHaveCount(0);
    const gone = await infoOf(user.id, dropped.mediaId).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);
    expect(await mediaTotalOf(user.id)).toBe(2);

    await page.getByRole("button", { name: "Delete all media of this user" }).click();
    const all = page.getByRole("alertdialog", { name: "Delete all media of this user" });
    await expect(all).toContainText(`Deletes all 2 files ${user.id} uploaded`);
    await all.getByRole("button", { name: "Delete 2 files" }).click();
    await expect(page.getByText(`Deleted all 2 files of ${user.id}.`)).toBeVisible();
    await expect(page.getByTestId("media-empty")).toHaveText("This user has uploaded no files.");
    await expect(
      page.getByRole("button", { name: "Delete all media of this user" }),
    ).toBeDisabled();
    expect(await mediaTotalOf(user.id)).toBe(0);

    expect(await findAuditRecords("media.delete", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: user.id, mediaIds: [dropped.mediaId] },
      },
    ]);
    expect(await findAuditRecords("user.delete_media", user.id)).toMatchObject([
      {
        actor_id: e2eUsers.admin.id,
        outcome: "success",
        input: { userId: user.id },
        changes: [{ field: "media_files", from: 2, to: 0 }],
      },
    ]);
  });

  test("deletes the media of the selected users from the users list, as a job", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const prefix = `bmedia${randomBytes(4).toString("hex")}`;
    const owners = [
      await uploader(prefix, [{ name: "one.png" }, { name: "two.txt", kind: "text" }]),
      await uploader(prefix, [{ name: "three.png" }]),
    ];
    const ids = owners.map((owner) => owner.user.id).sort();
    await page.goto("/users");
    await page.getByLabel("Search user ID or display name").fill(prefix);
    await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
    await expect(shownRows(page, "user-row")).toHaveCount(2);
    await page.getByLabel("Select all on this page").check();
    await expect(page.getByTestId("selection-count")).toHaveText("2 users selected");

    const toolbar = page.getByRole("toolbar", { name: "Bulk actions" });
    await toolbar.getByRole("button", { name: "Delete media" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete all media of these users" });
    await expect(dialog.getByTestId("bulk-media-count")).toHaveText("3 files in all, of 2 users.");
    await dialog.getByRole("button", { name: "Delete the media of 2 users" }).click();
    await expect(dialog.getByTestId("bulk-summary")).toHaveText("2 of 2 done.", {
      timeout: 45_000,
    });
    await expect(dialog.getByTestId("bulk-result")).toHaveText(ids);
    const runHref =
      (await dialog.getByRole("link", { name: "the run's page" }).getAttribute("href")) ?? "";
    const runId = runHref.split("/").pop() ?? "";
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);

    await page.goto(runHref);
    await expect(page.getByTestId("run-status")).toHaveText("succeeded");
    await expect(page.getByTestId("run-summary-headline")).toHaveText(
      "Deleted the media of 2 users",
    );
    const items = page.getByTestId("run-item-row");
    await expect(items).toHaveCount(2);
    for (const owner of owners) {
      const item = items.filter({ hasText: owner.user.id });
      await expect(item).toContainText("ok");
      await expect(item).toContainText(`deleted: ${owner.files.length}`);
      await expect(item).toContainText("remaining: 0");
    }
    await shoot(page, "users-media-run");

    for (const owner of owners) {
      expect(await mediaTotalOf(owner.user.id)).toBe(0);
      expect(await findAuditRecords("user.delete_media", owner.user.id)).toMatchObject([
        {
          actor_id: `job:${runId}`,
          outcome: "success",
          input: { userId: owner.user.id, requestedBy: e2eUsers.admin.id },
        },
      ]);
    }
  });
});

test("a viewer sees how many files a user has, not the files, and gets no thumbnail", async ({
  browser,
}) => {
  const { user, files } = await uploader("umedia-view", [
    { name: "private-a.png" },
    { name: "private-b.png" },
  ]);
  const viewer = await registerUniqueUser("umedia-viewer");
  await grantConsoleRole(viewer.id, "viewer");
  const { context, page } = await signInInNewBrowser(browser, viewer);
  try {
    await expect(await openUserPage(page, user.id)).toBeVisible();
    await expect(page.getByTestId("media-count")).toHaveText("2");
    await expect(page.getByText("files uploaded")).toBeVisible();
    await expect(page.getByRole("table", { name: `Media of ${user.id}` })).toHaveCount(0);
    await expect(page.getByTestId("media-row")).toHaveCount(0);
    await expect(page.getByTestId("media-thumbnail")).toHaveCount(0);
    await expect(page.getByRole("toolbar", { name: "Media actions" })).toHaveCount(0);
    await expect(page.getByText(files[0]?.name ?? "")).toHaveCount(0);

    const answer = await page.request.get(`${THUMBNAIL_PATH}${files[0]?.mediaId}`);
    expect(answer.status()).toBe(403);
    expect(await answer.text()).toBe("This needs the operator role; you are viewer.");
    expect(answer.headers()["content-type"]).not.toMatch(/^image\//);
  } finally {
    await context.close();
  }
});
