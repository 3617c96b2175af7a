import { expect, test } from "@playwright/test";
import { createSynapseHttp } from "@/lib/synapse";
import { createRoom } from "@/lib/synapse/client-rooms";
import { findAuditRecords } from "../fixtures/audit";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser, synapseAsAdmin, synapseUrl } from "../fixtures/synapse";
import { openUserPage } from "../fixtures/user-page";

test.use({ storageState: storageStates.operator });

test("an operator edits display name, avatar URL, 3PIDs and external IDs", async ({ page }) => {
  const user = await registerUniqueUser("profile");
  const name = `Profile ${Date.now()}`;
  const localpart = user.id.slice(1).split(":")[0] ?? "";
  const email = `${localpart}@example.org`;
  await openUserPage(page, user.id);

  await page.getByRole("button", { name: "Edit profile" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Display name").fill(name);
  await dialog.getByLabel("Avatar URL").fill("https://not-mxc.example.org/a.png");
  await dialog.getByLabel("Third-party IDs").fill(`email:${email}`);
  await dialog.getByLabel("External IDs").fill(`oidc:${localpart}\nsaml:${localpart}`);
  await dialog.getByRole("button", { name: "Save profile" }).click();
  await expect(dialog.getByText("Avatar URL must be an mxc:// URL")).toBeVisible();

  await dialog.getByLabel("Avatar URL").fill("mxc://example.org/avatar123");
  await dialog.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(`The profile of ${user.id} was saved.`)).toBeVisible();
  await expect(page.getByText(`email: ${email}`)).toBeVisible();

  const after = await (await synapseAsAdmin()).users.get(user.id);
  expect(after).toMatchObject({ displayname: name, avatar_url: "mxc://example.org/avatar123" });
  expect(after.threepids.map((t) => [t.medium, t.address])).toEqual([["email", email]]);
  expect(after.external_ids.map((e) => [e.auth_provider, e.external_id]).sort()).toEqual([
    // External IDs are unique across the server, hence the fresh localpart in them.
    ["oidc", localpart],
    ["saml", localpart],
  ]);
  expect(await findAuditRecords("user.update_profile", user.id)).toMatchObject([
    { actor_id: e2eUsers.operator.id, outcome: "success", input: { displayName: name } },
  ]);
});

test("an operator joins a user to a public room by ID; a bad room fails with Synapse's reason", async ({
  page,
}) => {
  const owner = await registerUniqueUser("joinowner");
  const user = await registerUniqueUser("joiner");
  const http = createSynapseHttp({
    baseUrl: synapseUrl(),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  const roomId = await createRoom(http, owner.accessToken, {
    name: "Join target",
    preset: "public_chat",
  });
  await openUserPage(page, user.id);

  await page.getByRole("button", { name: "Join to room" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Room ID or alias").fill(roomId);
  await dialog.getByLabel("Reason").fill("Joining the support lobby");
  await dialog.getByRole("button", { name: "Join room" }).click();
  await expect(page.getByText(`${user.id} joined ${roomId}.`)).toBeVisible();
  const members = await (await synapseAsAdmin()).rooms.members(roomId);
  expect(members).toContain(user.id);
  expect(await findAuditRecords("user.join_room", user.id)).toMatchObject([
    { outcome: "success", input: { room: roomId, reason: "Joining the support lobby" } },
  ]);

  const missing = `#missing-${Date.now().toString(36)}:${e2eUsers.admin.id.split(":")[1]}`;
  await page.getByRole("button", { name: "Join to room" }).click();
  await page.getByRole("dialog").getByLabel("Room ID or alias").fill(missing);
  await page.getByRole("dialog").getByLabel("Reason").fill("Trying a room that is gone");
  await page.getByRole("dialog").getByRole("button", { name: "Join room" }).click();
  // Below admin the room's join rule is read first: an unknown alias fails there, before any
  // audit entry or join.
  await expect(page.getByText(`Synapse could not look up the room alias ${missing}`)).toBeVisible();
  expect(await findAuditRecords("user.join_room", user.id)).toHaveLength(1);
});

test("an operator is offered no change of their own account or a Synapse admin's", async ({
  page,
}) => {
  const cases = [
    [e2eUsers.operator.id, "This is your own account: changing it needs the admin role."],
    [e2eUsers.admin.id, "This user is a Synapse server admin: changing them needs the admin role."],
  ] as const;
  for (const [userId, note] of cases) {
    await expect(await openUserPage(page, userId)).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    for (const control of ["Join to room", "Reset password", "Edit profile"])
      await expect(page.getByRole("button", { name: control })).toHaveCount(0);
  }
});
