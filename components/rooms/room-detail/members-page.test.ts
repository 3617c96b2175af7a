import { describe, expect, it } from "vitest";
import { parseRoomMembersSearch } from "@/lib/schemas/room-members-search";
import { pageOfMembers } from "./members-page";

const members = Array.from({ length: 250 }, (_, i) => `@u${String(i).padStart(3, "0")}:hs`);
const shuffled = [...members].reverse();

describe("pageOfMembers", () => {
  it("shows 100 members per page in user ID order, the last page the rest", () => {
    const first = pageOfMembers(shuffled, { membersPage: 1 });
    expect(first).toMatchObject({ page: 1, matching: 250, total: 250 });
    expect(first.rows).toEqual(members.slice(0, 100));
    expect(pageOfMembers(shuffled, { membersPage: 2 }).rows).toEqual(members.slice(100, 200));
    expect(pageOfMembers(shuffled, { membersPage: 3 }).rows).toEqual(members.slice(200));
  });

  it("keeps a page past the end on the last page, and an empty room on page 1", () => {
    expect(pageOfMembers(members, { membersPage: 9 })).toMatchObject({ page: 3 });
    expect(pageOfMembers([], { membersPage: 4 })).toEqual({
      rows: [],
      page: 1,
      matching: 0,
      total: 0,
    });
  });

  it("searches case-insensitively within the user IDs and pages the matches", () => {
    const found = pageOfMembers(shuffled, { membersPage: 1, member: "U12" });
    expect(found.rows).toEqual(members.slice(120, 130));
    expect(found).toMatchObject({ matching: 10, total: 250 });
  });
});

describe("parseRoomMembersSearch", () => {
  it("falls back on bad values instead of failing the page", () => {
    expect(parseRoomMembersSearch({ membersPage: "x", member: "\u0000" })).toEqual({
      membersPage: 1,
      member: undefined,
    });
    expect(parseRoomMembersSearch({ membersPage: ["3", "4"], member: " bob " })).toEqual({
      membersPage: 3,
      member: "bob",
    });
  });
});
