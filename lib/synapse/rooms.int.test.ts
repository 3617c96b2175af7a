import { describe, expect, it } from "vitest";
import { adminTestClient, createTestRoom, uniqueLocalpart } from "./testing/synapse-fixture";

describe("rooms on the real Synapse", () => {
  it("finds rooms by search term and pages through them with next_batch", async () => {
    const { admin, client } = await adminTestClient();
    const tag = uniqueLocalpart("lobby");
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await createTestRoom(admin.token, `${tag} ${n}`));

    const first = await client.rooms.list({ search_term: tag, limit: 2, order_by: "name" });
    expect(first.total_rooms).toBe(3);
    expect(first.rooms.map((room) => room.name)).toEqual([`${tag} 1`, `${tag} 2`]);
    expect(first.next_batch).toBe(2);
    const second = await client.rooms.list({
      search_term: tag,
      limit: 2,
      order_by: "name",
      from: first.next_batch,
    });
    expect(second.rooms.map((room) => room.room_id)).toEqual([ids[2]]);
    expect(second.next_batch).toBeUndefined();

    expect(first.rooms[0]).toMatchObject({
      room_id: ids[0],
      creator: admin.userId,
      joined_members: 1,
      joined_local_members: 1,
      public: false,
      federatable: true,
      canonical_alias: null,
      join_rules: "invite",
    });
  });
});
