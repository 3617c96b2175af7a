import { describe, expect, it } from "vitest";
import { buildSpaceTree } from "@/components/rooms/room-detail/space-tree";
import {
  adminTestClient,
  createTestRoom,
  registerTestUser,
  testHttp,
} from "./testing/synapse-fixture";
import { addSpaceChild, createSpace } from "./testing/room-events";

describe("a space's hierarchy through the admin API", () => {
  it("lists the space first and its two children under it, paged by Synapse's token", async () => {
    const { client } = await adminTestClient();
    const owner = await registerTestUser({ admin: false, prefix: "space" });
    const server = owner.userId.split(":")[1] ?? "localhost";
    const http = testHttp();
    const spaceId = await createSpace(http, owner.token, "Team space");
    const children = [
      await createTestRoom(owner.token, "Team chat"),
      await createTestRoom(owner.token, "Team news"),
    ];
    for (const child of children) await addSpaceChild(http, owner.token, spaceId, child, server);

    expect((await client.rooms.get(spaceId)).room_type).toBe("m.space");
    const whole = await client.rooms.hierarchy(spaceId);
    expect(whole.next_batch).toBeUndefined();
    expect(whole.rooms[0]).toMatchObject({
      room_id: spaceId,
      room_type: "m.space",
      name: "Team space",
    });
    expect(whole.rooms[0]?.children_state.map((child) => child.state_key).sort()).toEqual(
      [...children].sort(),
    );
    expect(
      whole.rooms
        .slice(1)
        .map((room) => room.name)
        .sort(),
    ).toEqual(["Team chat", "Team news"]);
    const tree = buildSpaceTree(whole.rooms).map((node) =>
      node.kind === "room" ? [node.depth, node.room.room_id] : [node.depth, "?"],
    );
    expect(tree[0]).toEqual([0, spaceId]);
    expect(tree.slice(1).map(([depth]) => depth)).toEqual([1, 1]);

    // One room a page: the space, then a child, then the other, each page naming the next.
    const first = await client.rooms.hierarchy(spaceId, { limit: 1 });
    expect(first.rooms.map((room) => room.room_id)).toEqual([spaceId]);
    expect(first.next_batch).toEqual(expect.any(String));
    const second = await client.rooms.hierarchy(spaceId, { limit: 1, from: first.next_batch });
    const third = await client.rooms.hierarchy(spaceId, { limit: 1, from: second.next_batch });
    expect([...second.rooms, ...third.rooms].map((room) => room.room_id).sort()).toEqual(
      [...children].sort(),
    );
    expect(third.next_batch).toBeUndefined();
  });
});
