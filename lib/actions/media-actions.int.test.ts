import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uploadAsUser } from "@/lib/synapse/testing/media-uploads";
import { sendRoomEvent } from "@/lib/synapse/testing/room-events";
import { createTestRoom, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { setMediaQuarantined } = await import("./set-media-quarantined");
const { setMediaProtected } = await import("./set-media-protected");
const { deleteUserMediaItems } = await import("./delete-user-media-items");
const { deleteAllUserMedia } = await import("./delete-all-user-media");
const { deleteUsersMedia } = await import("./delete-users-media");
const { countUsersMedia } = await import("./count-users-media");
const { quarantineRoomMedia } = await import("./quarantine-room-media");
const { db } = await import("@/lib/db");
const { runUserBulkChange } = await import("@/lib/operations/user-bulk-change");
const { createTestRun, testRunContext } = await import("@/lib/devices/testing/test-run");

// Reads Synapse as an admin of its own, independent of the console.
const checker = await registerTestUser("media-checker", true);
const SERVER = checker.id.slice(checker.id.indexOf(":") + 1);

/** A role of our own per test, so each test finds its own audit entries. */
const asUser = (role: "viewer" | "operator" | "admin") => {
  const matrixId = `@media-${role}-${randomBytes(4).toString("hex")}:localhost`;
  return { matrixId, load: async () => ({ matrixId, role }) };
};
const entriesOf = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

/** A plain user who uploaded the given number of pictures through the client API. */
async function uploader(pictures: number) {
  const user = await registerTestUser("media-owner");
  const files = [];
  for (let index = 0; index < pictures; index++)
    files.push(
      await uploadAsUser(requireEnv("SYNAPSE_URL"), user.token, { name: `p${index}.png` }),
    );
  return { user, mediaIds: files.map((file) => file.mediaId), files };
}
const infoOf = (mediaId: string) => checker.client.media.get(SERVER, mediaId);

describe("media actions against the real Synapse", () => {
  it("quarantines and releases an operator's selection, recording each file from → to", async () => {
    const operator = asUser("operator");
    const { user, mediaIds } = await uploader(2);
    const input = { userId: user.id, mediaIds, quarantined: true };
    expect(await runAction(setMediaQuarantined.definition, input, operator.load)).toMatchObject({
      ok: true,
      data: { changed: mediaIds },
    });
    for (const mediaId of mediaIds) expect((await infoOf(mediaId)).quarantined_by).not.toBeNull();

    const release = { ...input, quarantined: false };
    expect(await runAction(setMediaQuarantined.definition, release, operator.load)).toMatchObject({
      ok: true,
    });
    for (const mediaId of mediaIds) expect((await infoOf(mediaId)).quarantined_by).toBeNull();

    const entries = await entriesOf(operator.matrixId);
    const changes = (from: boolean, to: boolean) =>
      expect.arrayContaining(
        mediaIds.map((mediaId) => ({ field: `${mediaId} quarantined`, from, to })),
      );
    expect(entries).toMatchObject([
      {
        action: "media.set_quarantined",
        targetType: "user",
        targetId: user.id,
        outcome: { outcome: "success", changes: changes(false, true) },
      },
      {
        action: "media.set_quarantined",
        outcome: { outcome: "success", changes: changes(true, false) },
      },
    ]);
  });

  it("protects a file, then refuses to quarantine it with a sentence instead of Synapse's silence", async () => {
    const operator = asUser("operator");
    const { user, mediaIds } = await uploader(2);
    const [kept, other] = mediaIds as [string, string];
    expect(
      await runAction(
        setMediaProtected.definition,
        { userId: user.id, mediaIds: [kept], protected: true },
        operator.load,
      ),
    ).toMatchObject({ ok: true });
    expect((await infoOf(kept)).safe_from_quarantine).toBe(true);

    const refused = await runAction(
      setMediaQuarantined.definition,
      { userId: user.id, mediaIds: [kept, other], quarantined: true },
      operator.load,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: `Quarantined 1 of 2 files; not ${kept}: it is protected from quarantine; unprotect it first.`,
    });
    expect((await infoOf(kept)).quarantined_by).toBeNull();
    expect((await infoOf(other)).quarantined_by).not.toBeNull();
    const [protect, quarantine] = await entriesOf(operator.matrixId);
    expect(protect).toMatchObject({
      action: "media.set_protected",
      outcome: { changes: [{ field: `${kept} protected`, from: false, to: true }] },
    });
    // The failure keeps the change that was made before it.
    expect(quarantine).toMatchObject({
      action: "media.set_quarantined",
      outcome: {
        outcome: "failure",
        changes: [{ field: `${other} quarantined`, from: false, to: true }],
      },
    });
  });

  it("refuses a file that is not the named user's, changing nothing", async () => {
    const operator = asUser("operator");
    const owner = await uploader(1);
    const someoneElse = await registerTestUser("media-other");
    const mediaId = owner.mediaIds[0] ?? "";
    const result = await runAction(
      setMediaQuarantined.definition,
      { userId: someoneElse.id, mediaIds: [mediaId], quarantined: true },
      operator.load,
    );
    expect(result).toMatchObject({
      ok: false,
      error: `Nothing was changed: ${mediaId} was not uploaded by ${someoneElse.id}.`,
    });
    expect((await infoOf(mediaId)).quarantined_by).toBeNull();
  });

  it("lets admins alone delete files, and audits which", async () => {
    const operator = asUser("operator");
    const admin = asUser("admin");
    const { user, mediaIds } = await uploader(3);
    const two = mediaIds.slice(0, 2);
    expect(
      await runAction(
        deleteUserMediaItems.definition,
        { userId: user.id, mediaIds: two },
        operator.load,
      ),
    ).toMatchObject({ ok: false, error: "This needs the admin role; you are operator." });
    expect(
      await runAction(
        deleteUserMediaItems.definition,
        { userId: user.id, mediaIds: two },
        admin.load,
      ),
    ).toMatchObject({ ok: true, data: { deleted: two } });
    const left = await checker.client.media.ofUser(user.id);
    expect(left.media.map((file) => file.media_id)).toEqual([mediaIds[2]]);
    expect(await entriesOf(admin.matrixId)).toMatchObject([
      { action: "media.delete", targetId: user.id, input: { mediaIds: two } },
    ]);
    expect(await entriesOf(operator.matrixId)).toEqual([]);
  });

  it("deletes all of a user's files past Synapse's page, the count from → to", async () => {
    const admin = asUser("admin");
    const { user } = await uploader(3);
    expect(
      await runAction(countUsersMedia.definition, { userIds: [user.id] }, admin.load),
    ).toMatchObject({ ok: true, data: { files: 3, usersWithFiles: 1, unknown: 0 } });
    expect(
      await runAction(deleteAllUserMedia.definition, { userId: user.id }, admin.load),
    ).toMatchObject({ ok: true, data: { before: 3, deleted: 3, remaining: 0 } });
    expect((await checker.client.media.ofUser(user.id)).total).toBe(0);
    expect(await entriesOf(admin.matrixId)).toMatchObject([
      {
        action: "user.delete_media",
        targetId: user.id,
        outcome: { outcome: "success", changes: [{ field: "media_files", from: 3, to: 0 }] },
      },
    ]);
  });

  it("quarantines all of a room's media for an operator", async () => {
    const operator = asUser("operator");
    const { user, files } = await uploader(1);
    const roomId = await createTestRoom(user.token, "media action room");
    await sendRoomEvent(testHttp(), user.token, {
      roomId,
      type: "m.room.message",
      content: { msgtype: "m.image", body: "p0.png", url: files[0]?.mxc },
    });
    expect(
      await runAction(quarantineRoomMedia.definition, { roomId }, asUser("viewer").load),
    ).toMatchObject({ ok: false, error: "This needs the operator role; you are viewer." });
    expect(
      await runAction(quarantineRoomMedia.definition, { roomId }, operator.load),
    ).toMatchObject({ ok: true, data: { roomId, quarantined: 1 } });
    expect((await infoOf(files[0]?.mediaId ?? "")).quarantined_by).not.toBeNull();
    expect(await entriesOf(operator.matrixId)).toMatchObject([
      { action: "room.quarantine_media", targetType: "room", targetId: roomId },
    ]);
  });

  it("deletes the media of several users as a job, each user an item with its count", async () => {
    const admin = asUser("admin");
    const first = await uploader(2);
    const second = await uploader(1);
    const none = await registerTestUser("media-none");
    const userIds = [first.user.id, second.user.id, none.id];
    const started = await runAction(deleteUsersMedia.definition, { userIds }, admin.load);
    if (!started.ok) throw new Error(started.error);
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: started.data.runId } })).toMatchObject({
      kind: "user_bulk",
      params: { change: "delete_media", userIds, requestedByRole: "admin" },
    });

    // The worker's part, run here against the same Synapse.
    const params = { change: "delete_media", userIds, requestedByRole: "admin" } as const;
    const runId = await createTestRun("user_bulk", params, admin.matrixId);
    const summary = await runUserBulkChange(
      checker.client,
      params,
      testRunContext(runId, { requestedBy: admin.matrixId }),
    );
    expect(summary).toMatchObject({ changed: 3, failed: 0 });
    const items = await db.jobRunItem.findMany({ where: { runId } });
    expect(Object.fromEntries(items.map((item) => [item.key, item.detail]))).toEqual({
      [first.user.id]: { deleted: 2, remaining: 0 },
      [second.user.id]: { deleted: 1, remaining: 0 },
      [none.id]: { deleted: 0, remaining: 0 },
    });
    for (const userId of userIds) expect((await checker.client.media.ofUser(userId)).total).toBe(0);
    expect(
      await db.auditEntry.findMany({
        where: { action: "user.delete_media", actorId: `job:${runId}` },
        include: { outcome: true },
      }),
    ).toHaveLength(3);
  });
});
