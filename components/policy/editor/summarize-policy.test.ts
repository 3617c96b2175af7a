import { describe, expect, it } from "vitest";
import { parsePolicy } from "@/lib/policy/document/parse-policy";
import { filterUserRows, summarizePolicy } from "./summarize-policy";

const text = JSON.stringify({
  schemaVersion: 2,
  flags: { allowCustomUserDisplayNames: true },
  managedRoomIds: ["!lobby:example.org", "#sales:example.org"],
  rooms: [{ alias: "#sales:example.org", name: "Sales" }],
  users: [
    {
      id: "@alice:example.org",
      active: true,
      displayName: "Alice",
      joinedRooms: [
        { roomId: "!lobby:example.org", powerLevel: 50 },
        { roomId: "#sales:example.org", powerLevel: 0 },
      ],
    },
    { id: "@bob:example.org", active: false },
  ],
});

describe("summarizePolicy", () => {
  const { policy, problems } = parsePolicy(text, { serverName: "example.org" });

  it("counts users, rooms and flags of a valid policy", () => {
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    const summary = summarizePolicy(policy!);
    expect(summary).toMatchObject({
      users: 2,
      activeUsers: 1,
      managedRooms: 2,
      declaredRooms: 1,
      flags: [{ name: "allowCustomUserDisplayNames", value: true }],
    });
    expect(summary.rows).toEqual([
      {
        id: "@alice:example.org",
        active: true,
        displayName: "Alice",
        rooms: ["!lobby:example.org (50)", "#sales:example.org"],
      },
      { id: "@bob:example.org", active: false, displayName: null, rooms: [] },
    ]);
  });

  it("filters users by ID, name or room, ignoring case", () => {
    const { rows } = summarizePolicy(policy!);
    expect(filterUserRows(rows, "ALICE").map((row) => row.id)).toEqual(["@alice:example.org"]);
    expect(filterUserRows(rows, "#sales").map((row) => row.id)).toEqual(["@alice:example.org"]);
    expect(filterUserRows(rows, "@bob").map((row) => row.id)).toEqual(["@bob:example.org"]);
    expect(filterUserRows(rows, "  ")).toHaveLength(2);
    expect(filterUserRows(rows, "nobody")).toEqual([]);
  });
});
