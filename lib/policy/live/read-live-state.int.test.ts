// readLiveState against the real Synapse, through a proxy that writes down every request: the
// count it reports is the count Synapse saw, and it is users pages + aliases + 2 per room.
import { afterAll, describe, expect, it } from "vitest";
import { createSynapseClient } from "@/lib/synapse";
import { startSynapseProxy } from "@/lib/synapse/testing/synapse-proxy";
import {
  adminTestClient,
  registerTestUser,
  synapseTestEnv,
  TEST_TIMEOUTS,
  uniqueLocalpart,
} from "@/lib/synapse/testing/synapse-fixture";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import type { PolicyDocument } from "../document/schema";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { readLiveState } = await import("./read-live-state");
const { HOMESERVER_ID } = await import("@/lib/homeserver/homeserver-id");

const proxy = await startSynapseProxy(synapseTestEnv().url);
afterAll(() => proxy.close());

// Small pages, so even the few users of the test server take several, read side by side.
const PAGE_SIZE = 2;

describe("readLiveState", () => {
  it("reads users in pages and each managed room twice, and says how many requests it made", async () => {
    // An admin of its own plays the console's account, so its token can go through the proxy.
    const { admin, client } = await adminTestClient();
    const proxied = createSynapseClient({
      baseUrl: proxy.url,
      tokenSource: { getToken: async () => admin.token },
      ...TEST_TIMEOUTS,
    });
    const [member, bystander, pictured] = [
      await registerTestUser({ admin: false, prefix: "live-member" }),
      await registerTestUser({ admin: false, prefix: "live-bystander" }),
      await registerTestUser({ admin: false, prefix: "live-pictured" }),
    ];
    const tag = uniqueLocalpart("live");
    const first = await client.rooms.create({ name: `first ${tag}` });
    const second = await client.rooms.create({ name: `second ${tag}` });
    const aliased = await client.rooms.create({ name: `aliased ${tag}`, room_alias_name: tag });
    const unmanaged = await client.rooms.create({ name: `unmanaged ${tag}` });
    for (const room of [first, second, aliased, unmanaged])
      await client.rooms.join(room.roomId, member.userId);
    await client.rooms.join(first.roomId, bystander.userId);
    const [levels] = await client.rooms.stateOfType(first.roomId, "m.room.power_levels");
    const users = { ...(levels?.content.users as object), [member.userId]: 40 };
    await client.rooms.setPowerLevels(first.roomId, { ...levels?.content, users });
    await client.users.update(pictured.userId, { avatar_url: "mxc://localhost/pictured" });
    await client.users.deactivate(bystander.userId, false);
    await db.policyAvatar.upsert({
      where: { homeserverId_userId: { homeserverId: HOMESERVER_ID, userId: pictured.userId } },
      create: {
        userId: pictured.userId,
        sourceHash: "hash-of-source",
        mxcUri: "mxc://localhost/pictured",
      },
      update: { sourceHash: "hash-of-source", mxcUri: "mxc://localhost/pictured" },
    });
    const aliasOf = `#${tag}:localhost`;
    const missingAlias = `#${tag}-missing:localhost`;
    const policy: PolicyDocument = {
      schemaVersion: 2,
      managedRoomIds: [first.roomId, second.roomId, aliasOf, missingAlias],
      rooms: [{ alias: aliasOf }, { alias: missingAlias, name: "Not there yet" }],
      users: [
        { id: member.userId, active: true },
        { id: bystander.userId, active: false },
        { id: pictured.userId, active: true },
        { id: `@${tag}-never:localhost`, active: true },
      ],
    };
    const totalUsers = (await client.users.list({ limit: 1, locked: true })).total;

    const seenBefore = proxy.seen.length;
    const started = performance.now();
    const { state, requests } = await readLiveState(
      proxied,
      policy,
      { serverName: "localhost", serviceUserId: admin.userId },
      { usersPageSize: PAGE_SIZE },
    );
    const elapsedMs = performance.now() - started;
    const seen = proxy.seen.slice(seenBefore);

    const pages = Math.ceil(totalUsers / PAGE_SIZE);
    expect(requests).toBe(seen.length);
    expect(requests).toBe(pages + 2 + 2 * 3);
    expect(
      seen.filter((request) => request.path.startsWith("/_synapse/admin/v3/users?")),
    ).toHaveLength(pages);
    expect(seen.filter((request) => /\/users\/%40/.test(request.path))).toEqual([]);
    expect(seen.every((request) => request.method === "GET")).toBe(true);
    console.log(
      `readLiveState: ${requests} requests (${pages} users pages of ${PAGE_SIZE} for ${totalUsers} users, 2 aliases, 3 rooms × 2) in ${elapsedMs.toFixed(0)} ms`,
    );

    expect(state.users.map((user) => user.id).sort()).toEqual(
      [member.userId, bystander.userId, pictured.userId].sort(),
    );
    const byId = new Map(state.users.map((user) => [user.id, user]));
    expect(byId.get(member.userId)?.joinedRooms).toEqual(
      expect.arrayContaining([
        { roomId: first.roomId, powerLevel: 40 },
        { roomId: second.roomId, powerLevel: 0 },
        { roomId: aliased.roomId, powerLevel: 0 },
      ]),
    );
    expect(byId.get(member.userId)?.joinedRooms).toHaveLength(3);
    expect(byId.get(bystander.userId)).toMatchObject({ active: false, joinedRooms: [] });
    expect(byId.get(pictured.userId)).toMatchObject({
      active: true,
      avatarMxcUri: "mxc://localhost/pictured",
      avatarSourceUriHash: "hash-of-source",
      admin: false,
      userType: null,
    });
    expect(byId.get(member.userId)?.avatarSourceUriHash).toBeNull();
    expect(state.rooms).toHaveLength(3);
    expect(state.rooms).toContainEqual({
      roomId: aliased.roomId,
      alias: aliasOf,
      serviceAccountPower: 100,
      powerLevelsChangeLevel: 100,
      kickLevel: 50,
      usersDefault: 0,
    });
  });

  it("reports a picture changed since the console set it as having no known source", async () => {
    const { admin, client } = await adminTestClient();
    const user = await registerTestUser({ admin: false, prefix: "live-repictured" });
    await db.policyAvatar.create({
      data: { userId: user.userId, sourceHash: "old-source", mxcUri: "mxc://localhost/old" },
    });
    await client.users.update(user.userId, { avatar_url: "mxc://localhost/their-own" });
    const { state } = await readLiveState(
      client,
      { schemaVersion: 2, users: [{ id: user.userId, active: true }] },
      { serverName: "localhost", serviceUserId: admin.userId },
    );
    expect(state.users[0]).toMatchObject({
      avatarMxcUri: "mxc://localhost/their-own",
      avatarSourceUriHash: null,
    });
  });
});
