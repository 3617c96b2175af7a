import { describe, expect, it } from "vitest";
import { parseUserListSearch, toListUsersParams, toUserListQuery } from "./user-list";

describe("parseUserListSearch", () => {
  it("gives defaults for an empty URL", () => {
    expect(parseUserListSearch({})).toEqual({
      q: undefined,
      from: 0,
      limit: 50,
      sort: "name",
      dir: "asc",
      admins: false,
      guests: false,
      hideLocked: false,
      type: "all",
      deactivated: "active",
    });
  });

  it("falls back on bad values instead of failing", () => {
    const search = parseUserListSearch({ limit: "7", from: "-3", sort: "password", dir: "up" });
    expect(search).toMatchObject({ limit: 50, from: 0, sort: "name", dir: "asc" });
  });

  it("reads repeated keys by their first value", () => {
    expect(parseUserListSearch({ q: ["alice", "bob"], limit: ["100", "25"] })).toMatchObject({
      q: "alice",
      limit: 100,
    });
  });
});

describe("toListUsersParams", () => {
  it("leaves filters off by default, shows locked users and keeps deactivated users out", () => {
    expect(toListUsersParams(parseUserListSearch({}))).toEqual({
      from: 0,
      limit: 50,
      name: undefined,
      order_by: "name",
      dir: "f",
      admins: undefined,
      guests: false,
      locked: true,
      not_user_type: undefined,
      deactivated: false,
    });
  });

  it("maps every filter", () => {
    const search = parseUserListSearch({
      q: "bob",
      from: "50",
      limit: "50",
      sort: "last_seen_ts",
      dir: "desc",
      admins: "1",
      guests: "on",
      hideLocked: "true",
      type: "bot",
      deactivated: "all",
    });
    expect(toListUsersParams(search)).toEqual({
      from: 50,
      limit: 50,
      name: "bob",
      order_by: "last_seen_ts",
      dir: "b",
      admins: true,
      guests: true,
      locked: false,
      not_user_type: ["", "support"],
      deactivated: undefined,
    });
  });
});

describe("user type filter", () => {
  it("asks Synapse to leave out every other type", () => {
    const excluded = (type: string) =>
      toListUsersParams(parseUserListSearch({ type })).not_user_type;
    expect(excluded("normal")).toEqual(["bot", "support"]);
    expect(excluded("support")).toEqual(["", "bot"]);
    expect(excluded("robot")).toBeUndefined();
  });
});

describe("toUserListQuery", () => {
  it("round-trips through the parser", () => {
    const search = parseUserListSearch({
      q: "x",
      limit: "100",
      deactivated: "deactivated",
      hideLocked: "1",
      type: "support",
    });
    const query = toUserListQuery(search, { from: 100 });
    expect(query).toBe("?q=x&from=100&limit=100&hideLocked=1&type=support&deactivated=deactivated");
    const again = parseUserListSearch(Object.fromEntries(new URLSearchParams(query)));
    expect(again).toEqual({ ...search, from: 100 });
  });
});
