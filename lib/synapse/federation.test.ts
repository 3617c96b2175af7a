import { describe, expect, it } from "vitest";
import { destinationListSchema, destinationRoomListSchema, isBackingOff } from "./federation";

// Shaped as Synapse's admin API docs (federation.md) show them.
describe("federation destination responses", () => {
  it("parses a destinations page, with next_token as the number of the next offset", () => {
    const list = destinationListSchema.parse({
      destinations: [
        {
          destination: "matrix.org",
          retry_last_ts: 1557332397936,
          retry_interval: 3000000,
          failure_ts: 1557329397936,
          last_successful_stream_ordering: null,
        },
        {
          destination: "example.com:8448",
          retry_last_ts: 0,
          retry_interval: 0,
          failure_ts: null,
          last_successful_stream_ordering: 8326,
        },
      ],
      total: 30,
      next_token: "2",
    });
    expect(list.next_token).toBe(2);
    expect(list.destinations.map(isBackingOff)).toEqual([true, false]);
    expect(list.destinations[1]).toMatchObject({
      failure_ts: null,
      last_successful_stream_ordering: 8326,
    });
  });

  it("leaves next_token out on the last page and reads absent fields as null", () => {
    const list = destinationListSchema.parse({
      destinations: [{ destination: "one.example" }],
      total: 1,
    });
    expect(list.next_token).toBeUndefined();
    expect(list.destinations[0]).toMatchObject({ retry_last_ts: null, failure_ts: null });
    expect(isBackingOff(list.destinations[0]!)).toBe(false);
  });

  it("refuses a destination without its name", () => {
    expect(() =>
      destinationListSchema.parse({ destinations: [{ retry_last_ts: 1 }], total: 1 }),
    ).toThrow();
  });

  it("parses a destination's rooms page", () => {
    const rooms = destinationRoomListSchema.parse({
      rooms: [{ room_id: "!OGEhHVWSdvArJzumhm:matrix.org", stream_ordering: 8326 }],
      total: 1,
    });
    expect(rooms.rooms[0]).toEqual({
      room_id: "!OGEhHVWSdvArJzumhm:matrix.org",
      stream_ordering: 8326,
    });
  });
});
