import { describe, expect, it } from "vitest";
import { parseRoomListSearch, toListRoomsParams } from "./room-list";

describe("parseRoomListSearch", () => {
  it("gives defaults for an empty URL", () => {
    expect(parseRoomListSearch({})).toEqual({
      q: undefined,
      page: 1,
      size: 50,
      sort: "name",
      dir: "asc",
      public: false,
      empty: false,
    });
  });

  it("reads every field", () => {
    expect(
      parseRoomListSearch({
        q: "  lobby ",
        page: "3",
        size: "100",
        sort: "joined_members",
        dir: "desc",
        public: "1",
        empty: "on",
      }),
    ).toEqual({
      q: "lobby",
      page: 3,
      size: 100,
      sort: "joined_members",
      dir: "desc",
      public: true,
      empty: true,
    });
  });

  it("falls back on bad values instead of failing", () => {
    const search = parseRoomListSearch({
      page: "-2",
      size: "33",
      sort: "room_id; drop",
      dir: "sideways",
      public: "maybe",
      q: "",
    });
    expect(search).toMatchObject({
      q: undefined,
      page: 1,
      size: 50,
      sort: "name",
      dir: "asc",
      public: false,
    });
  });

  it("takes the first of repeated keys", () => {
    expect(parseRoomListSearch({ page: ["2", "9"] }).page).toBe(2);
  });
});

describe("toListRoomsParams", () => {
  it("maps page to offset and direction to Synapse's f/b", () => {
    const params = toListRoomsParams(
      parseRoomListSearch({ page: "3", size: "50", dir: "desc", q: "x" }),
    );
    expect(params).toEqual({
      from: 100,
      limit: 50,
      order_by: "name",
      dir: "b",
      search_term: "x",
      public_rooms: undefined,
      empty_rooms: undefined,
    });
  });

  it("sends filters only when set", () => {
    const params = toListRoomsParams(parseRoomListSearch({ public: "1", empty: "1" }));
    expect(params.public_rooms).toBe(true);
    expect(params.empty_rooms).toBe(true);
  });
});
