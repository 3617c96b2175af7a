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

test("an admin sees a user's rooms by name, connections, pushers and media count", async ({
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
    .getByRole("table", { name: "Connections" })
    .getByRole("row")
    .filter({ hasText: userAgent });
  await expect(connection).toHaveCount(1);
  await expect(connection.getByRole("cell").first()).toHaveText(/^(127\.0\.0\.1|::1)$/);

  const pusher = page.getByRole("table", { name: "Pushers" }).getByRole("row").nth(1);
  await expect(pusher.getByRole("cell")).toHaveText([
    "http",
    "Details Push App",
    "Details Phone",
    `${pushkey.slice(0, 24)}…`,
    "fr",
    UNREACHABLE_PUSH_GATEWAY,
  ]);

  await expect(page.getByTestId("media-count")).toHaveText("1");
  await expect(page.getByText("file uploaded", { exact: true })).toBeVisible();

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
  await expect(page.getByText("No connections recorded.")).toBeVisible();
  await expect(page.getByText("None.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("media-count")).toHaveText("0");
  await expect(page.getByText("files uploaded", { exact: true })).toBeVisible();
});
