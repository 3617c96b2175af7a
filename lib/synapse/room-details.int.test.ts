import { describe, expect, it } from "vitest";
import { isSynapseError } from "./errors";
import { adminTestClient, createTestRoom, uniqueLocalpart } from "./testing/synapse-fixture";

describe("room details on the real Synapse", () => {
  it("reads a room's summary, members, state, block status and forward extremities", async () => {
    const { admin, client } = await adminTestClient();
    const name = uniqueLocalpart("detail");
    const roomId = await createTestRoom(admin.token, name);

    const room = await client.rooms.get(roomId);
    expect(room).toMatchObject({
      room_id: roomId,
      name,
      creator: admin.userId,
      joined_members: 1,
      public: false,
      join_rules: "invite",
    });
    expect(await client.rooms.members(roomId)).toEqual([admin.userId]);

    const state = await client.rooms.state(roomId);
    const powerLevels = state.find((event) => event.type === "m.room.power_levels");
    expect(powerLevels?.content.users).toEqual({ [admin.userId]: 100 });
    expect(state.find((event) => event.type === "m.room.name")?.content.name).toBe(name);

    expect(await client.rooms.blockStatus(roomId)).toEqual({ block: false, user_id: null });
    expect((await client.rooms.forwardExtremities(roomId)).count).toBe(1);
  });

  it("maps an unknown room to the not-found error", async () => {
    const { client } = await adminTestClient();
    const missing = `!${uniqueLocalpart("nosuchroom")}:localhost`;
    const error = await client.rooms.get(missing).catch((caught: unknown) => caught);
    expect(isSynapseError(error, "not_found")).toBe(true);
  });
});
