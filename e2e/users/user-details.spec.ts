import { mkdir } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import {
  setTestPusher,
  UNREACHABLE_PUSH_GATEWAY,
  uploadTestMedia,
  type ClientSession,
} from "@/lib/synapse/testing/user-activity";
import { uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { registerUniqueUser, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";
import { shoot } from "../fixtures/shots";

test.use({ storageState: storageStates.admin });

test("an admin sees a user's rooms by name, sessions, pushers and media count", async ({
  page,
}) => {
  const user = await registerUniqueUser("details");
  // A user agent of its own, so the whois row on the page can only come from this client. Synapse
  // records a token's user agent once per IP every two minutes, so this client must speak first.
  const userAgent = `DetailsPhone/1.0 (${uniqueRoomPrefix("ua")})`;
  const session: ClientSession = { baseUrl: synapseUrl(), token: user.accessToken, userAgent };
  const pushkey = `pushkey-${uniqueRoomPrefix("k")}-${"x".repeat(40)}`;
  await setTestPusher(session, {
    pushkey,
    appDisplayName: "Details Push App",
    deviceDisplayName: "Details Phone",
    lang: "fr",
  });
  await uploadTestMedia(session, "a note from the details test");
  const roomName = `Details room ${uniqueRoomPrefix("r")}`;
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const roomId = await createRoom(http, user.accessToken, {
    name: roomName,
    preset: "private_chat",
  });

  await expect(await openUserPage(page, user.id)).toBeVisible();

  const rooms = page.getByRole("table", { name: "Joined rooms" });
  await expect(page.getByText("1 room", { exact: true })).toBeVisible();
  const roomLink = rooms.getByRole("link", { name: roomName });
  await expect(roomLink).toHaveAttribute("href", `/rooms/${encodeURIComponent(roomId)}`);

  const connection = page
    .getByRole("table", { name: "Sessions" })
    .getByTestId("session-row")
    .filter({ hasText: userAgent });
  await expect(connection).toHaveCount(1);
  await expect(connection.getByRole("cell").nth(1)).toHaveText(/^(127\.0\.0\.1|::1)$/);

  const pusher = page.getByRole("table", { name: "Pushers" }).getByRole("row").nth(1);
  await expect(pusher.getByRole("cell")).toHaveText([
    "http",
    "Details Push App",
    "Details Phone",
    `${pushkey.slice(0, 24)}…`,
    "fr",
    UNREACHABLE_PUSH_GATEWAY,
  ]);

  // Admins see the files themselves (viewers a count): the one upload, by its name.
  const media = page.getByRole("table", { name: `Media of ${user.id}` }).getByTestId("media-row");
  await expect(media).toHaveCount(1);
  await expect(media).toContainText("note.txt");

  await page.setViewportSize({ width: 1280, height: 800 });
  await mkdir("/tmp/shots", { recursive: true });
  await shoot(page, "user-page");

  await roomLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(roomName);
});

test("a user with no rooms, pushers or uploads gets a plain line in each card", async ({
  page,
}) => {
  const user = await registerUniqueUser("bare");
  await expect(await openUserPage(page, user.id)).toBeVisible();
  await expect(page.getByText("Not joined to any room.")).toBeVisible();
  await expect(page.getByText("0 rooms", { exact: true })).toBeVisible();
  // Shared-secret registration made one device, whose token has not been used since.
  const sessions = page.getByRole("table", { name: "Sessions" }).getByTestId("session-row");
  await expect(sessions).toHaveCount(1);
  await expect(sessions).toContainText("Not used since it signed in.");
  await expect(page.getByText("None.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("media-empty")).toHaveText("This user has uploaded no files.");
});
