import { beforeAll, describe, expect, it } from "vitest";
import type { SynapseClient } from "./client";
import { SynapseError } from "./errors";
import type { SynapseHttp } from "./http";
import { synapsePath } from "./path";
import {
  createTestRoom,
  registerTestUser,
  adminTestClient,
  synapseTestEnv,
  testHttp,
  uniqueLocalpart,
  type TestUser,
} from "./testing/synapse-fixture";
import {
  setTestPusher,
  UNREACHABLE_PUSH_GATEWAY,
  uploadTestMedia,
  type ClientSession,
} from "./testing/user-activity";
import { listNamedJoinedRooms } from "./user-details";

let client: SynapseClient;
let admin: TestUser;
beforeAll(async () => {
  ({ client, admin } = await adminTestClient());
});

const sessionOf = (user: TestUser, userAgent: string): ClientSession => ({
  baseUrl: synapseTestEnv().url,
  token: user.token,
  userAgent,
});

describe("a user's joined rooms on the real Synapse", () => {
  it("lists the rooms with their names, and nothing for a user in no room", async () => {
    const user = await registerTestUser({ admin: false, prefix: "rooms" });
    expect(await client.users.namedJoinedRooms(user.userId)).toEqual({ rooms: [], total: 0 });

    const name = `Garden ${uniqueLocalpart("r")}`;
    const roomId = await createTestRoom(user.token, name);
    expect(await client.users.joinedRooms(user.userId)).toEqual([roomId]);
    expect(await client.users.namedJoinedRooms(user.userId)).toEqual({
      rooms: [{ roomId, name, problem: null }],
      total: 1,
    });
  });

  it("names only the first rooms up to the cap, and counts them all", async () => {
    const user = await registerTestUser({ admin: false, prefix: "cap" });
    for (const index of [1, 2, 3]) await createTestRoom(user.token, `Capped ${index}`);

    const named = await client.users.namedJoinedRooms(user.userId, 2);
    expect(named.total).toBe(3);
    expect(named.rooms).toHaveLength(2);
    expect(named.rooms.map((room) => room.name).every((n) => n?.startsWith("Capped "))).toBe(true);
  });

  it("keeps a room's ID and says why when its details fail, naming the others", async () => {
    const user = await registerTestUser({ admin: false, prefix: "fail" });
    const good = await createTestRoom(user.token, "Readable room");
    const bad = await createTestRoom(user.token, "Unreadable room");
    const real = testHttp({ getToken: async () => admin.token });
    const failing = synapsePath`/_synapse/admin/v1/rooms/${bad}`;
    // Synapse cannot be made to fail one room's details on demand: fail that one request here.
    const http: SynapseHttp = {
      ...real,
      request: (schema, options) =>
        options.path === failing
          ? Promise.reject(new SynapseError({ kind: "server", message: "Synapse broke." }))
          : real.request(schema, options),
    };

    const named = await listNamedJoinedRooms(http, user.userId);
    expect(named.total).toBe(2);
    expect(named.rooms).toEqual(
      expect.arrayContaining([
        { roomId: good, name: "Readable room", problem: null },
        { roomId: bad, name: null, problem: "Synapse broke." },
      ]),
    );
  });
});

describe("a user's connections, pushers and media on the real Synapse", () => {
  it("reports the IP and user agent the user's client connected with", async () => {
    const user = await registerTestUser({ admin: false, prefix: "whois" });
    const userAgent = `console-int-test/${uniqueLocalpart("ua")}`;
    await setTestPusher(sessionOf(user, userAgent), {
      pushkey: uniqueLocalpart("key"),
      appDisplayName: "Whois app",
      deviceDisplayName: "Whois phone",
    });

    const connections = await client.users.connections(user.userId);
    expect(connections).toContainEqual({
      device: "",
      ip: "127.0.0.1",
      userAgent,
      lastSeen: expect.any(Number),
    });
  });

  it("lists a pusher as the client set it", async () => {
    const user = await registerTestUser({ admin: false, prefix: "pusher" });
    expect(await client.users.pushers(user.userId)).toEqual([]);

    const pushkey = uniqueLocalpart("key");
    await setTestPusher(sessionOf(user, "console-int-test"), {
      pushkey,
      appDisplayName: "Console test app",
      deviceDisplayName: "Test phone",
      lang: "de",
    });
    expect(await client.users.pushers(user.userId)).toEqual([
      expect.objectContaining({
        kind: "http",
        app_id: "org.example.console-test",
        app_display_name: "Console test app",
        device_display_name: "Test phone",
        pushkey,
        lang: "de",
        data: expect.objectContaining({ url: UNREACHABLE_PUSH_GATEWAY }),
      }),
    ]);
  });

  it("counts the media a user uploaded", async () => {
    const user = await registerTestUser({ admin: false, prefix: "media" });
    expect(await client.users.mediaCount(user.userId)).toBe(0);
    const session = sessionOf(user, "console-int-test");
    await uploadTestMedia(session, "first");
    await uploadTestMedia(session, "second");
    expect(await client.users.mediaCount(user.userId)).toBe(2);
  });

  it("says a user does not exist when asked for their pushers", async () => {
    const missing = `@${uniqueLocalpart("missing")}:localhost`;
    const error = await client.users.pushers(missing).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("refuses a non-admin token, as a forbidden error", async () => {
    const plain = await registerTestUser({ admin: false, prefix: "plain" });
    const asPlain = testHttp({ getToken: async () => plain.token });
    const error = await listNamedJoinedRooms(asPlain, admin.userId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseError);
    expect(error).toMatchObject({ kind: "forbidden", status: 403 });
  });
});
