import { describe, expect, it } from "vitest";
import { isSynapseError } from "./errors";
import { uploadAsUser } from "./testing/media-uploads";
import { sendRoomEvent } from "./testing/room-events";
import {
  adminTestClient,
  createTestRoom,
  registerTestUser,
  synapseTestEnv,
  testHttp,
} from "./testing/synapse-fixture";

const SERVER = "localhost";

async function userWithUploads(names: Array<{ name: string; kind?: "png" | "text" }>) {
  const user = await registerTestUser({ admin: false, prefix: "media" });
  const files = [];
  // One at a time, so their upload times (the default order) follow the list.
  for (const file of names) files.push(await uploadAsUser(synapseTestEnv().url, user.token, file));
  return { user, files };
}

describe("a user's media on the real Synapse", () => {
  it("lists a user's uploads newest first, sorts and pages them as Synapse does", async () => {
    const { client } = await adminTestClient();
    const { user, files } = await userWithUploads([
      { name: "first.png" },
      { name: "second.txt", kind: "text" },
      { name: "third.png" },
    ]);
    const newestFirst = await client.media.ofUser(user.userId);
    expect(newestFirst.total).toBe(3);
    expect(newestFirst.next_token).toBeUndefined();
    expect(newestFirst.media.map((file) => file.upload_name)).toEqual([
      "third.png",
      "second.txt",
      "first.png",
    ]);
    const png = newestFirst.media[0];
    expect(png).toMatchObject({
      media_id: files[2]?.mediaId,
      media_type: "image/png",
      quarantined_by: null,
      safe_from_quarantine: false,
      user_id: user.userId,
    });
    expect(png?.media_length).toBeGreaterThan(100);

    const bySize = await client.media.ofUser(user.userId, {
      order_by: "media_length",
      dir: "f",
      limit: 2,
    });
    // The text file is far smaller than either picture.
    expect(bySize.media[0]?.upload_name).toBe("second.txt");
    expect(bySize.media).toHaveLength(2);
    expect(bySize.next_token).toBe(2);
    const rest = await client.media.ofUser(user.userId, {
      order_by: "media_length",
      dir: "f",
      from: 2,
      limit: 2,
    });
    expect(rest.media).toHaveLength(1);
    expect(rest.next_token).toBeUndefined();
  });

  it("gives a thumbnail of a picture, none of a text file", async () => {
    const { client } = await adminTestClient();
    const { files } = await userWithUploads([{ name: "pic.png" }, { name: "a.txt", kind: "text" }]);
    const size = { width: 96, height: 96, method: "crop" } as const;
    const thumbnail = await client.media.thumbnail(SERVER, files[0]?.mediaId ?? "", size);
    expect(thumbnail.headers.get("content-type")).toMatch(/^image\/(png|jpeg)/);
    const bytes = new Uint8Array(await thumbnail.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(50);
    const none = await client.media
      .thumbnail(SERVER, files[1]?.mediaId ?? "", size)
      .catch((error: unknown) => error);
    // Synapse 1.160 answers 400 M_UNKNOWN "Cannot find any thumbnails" for a file it cannot
    // thumbnail (older releases answered 404).
    expect(isSynapseError(none, "bad_request") || isSynapseError(none, "not_found")).toBe(true);
  });

  it("quarantines, releases, protects and unprotects one file, read back", async () => {
    const { admin, client } = await adminTestClient();
    const { files } = await userWithUploads([{ name: "flagged.png" }]);
    const mediaId = files[0]?.mediaId ?? "";

    await client.media.setQuarantined(SERVER, mediaId, true);
    expect((await client.media.get(SERVER, mediaId)).quarantined_by).toBe(admin.userId);
    await client.media.setQuarantined(SERVER, mediaId, false);
    expect((await client.media.get(SERVER, mediaId)).quarantined_by).toBeNull();

    await client.media.setProtected(mediaId, true);
    expect((await client.media.get(SERVER, mediaId)).safe_from_quarantine).toBe(true);
    // Synapse skips a protected file without saying so: the console must check first.
    await client.media.setQuarantined(SERVER, mediaId, true);
    expect((await client.media.get(SERVER, mediaId)).quarantined_by).toBeNull();
    await client.media.setProtected(mediaId, false);
    expect((await client.media.get(SERVER, mediaId)).safe_from_quarantine).toBe(false);
  });

  it("deletes one file, then the rest page by page until none is left", async () => {
    const { client } = await adminTestClient();
    const { user, files } = await userWithUploads([
      { name: "a.png" },
      { name: "b.png" },
      { name: "c.txt", kind: "text" },
    ]);
    const first = files[0]?.mediaId ?? "";
    expect(await client.media.delete(SERVER, first)).toEqual({ deleted_media: [first], total: 1 });
    const gone = await client.media.get(SERVER, first).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);

    const page = await client.media.deleteOfUser(user.userId, 1);
    expect(page.deleted_media).toHaveLength(1);
    expect((await client.media.deleteOfUser(user.userId, 1)).deleted_media).toHaveLength(1);
    expect((await client.media.deleteOfUser(user.userId, 1)).deleted_media).toEqual([]);
    expect((await client.media.ofUser(user.userId)).total).toBe(0);
  });

  it("refuses to delete a remote file", async () => {
    const { client } = await adminTestClient();
    const refused = await client.media
      .delete("elsewhere.invalid", "AbCdEf")
      .catch((error: unknown) => error);
    expect(isSynapseError(refused, "bad_request")).toBe(true);
  });
});

describe("a room's media on the real Synapse", () => {
  it("lists the files the room's messages point at and quarantines them all", async () => {
    const { admin, client } = await adminTestClient();
    const { user, files } = await userWithUploads([{ name: "room.png" }, { name: "other.png" }]);
    const roomId = await createTestRoom(user.token, "media room");
    await sendRoomEvent(testHttp(), user.token, {
      roomId,
      type: "m.room.message",
      content: { msgtype: "m.image", body: "room.png", url: files[0]?.mxc },
    });

    const media = await client.media.ofRoom(roomId);
    expect(media.local).toEqual([files[0]?.mxc]);
    expect(media.remote).toEqual([]);

    expect(await client.media.quarantineRoom(roomId)).toBe(1);
    expect((await client.media.get(SERVER, files[0]?.mediaId ?? "")).quarantined_by).toBe(
      admin.userId,
    );
    // The user's other file was in no message of the room.
    expect((await client.media.get(SERVER, files[1]?.mediaId ?? "")).quarantined_by).toBeNull();
  });
});
