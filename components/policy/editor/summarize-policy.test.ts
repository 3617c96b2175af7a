import { describe, expect, it } from "vitest";
import { parsePolicy } from "@/lib/policy/document/parse-policy";
import { filterUserRows, summarizePolicy } from "./summarize-policy";

const text = JSON.stringify({
  schemaVersion: 2,
  flags: { allowCustomUserDisplayNames: true },
  managedRoomIds: ["!lobby:example.org", "#sales:example.org"],
  rooms: [{ alias: "#sales:example.org", name: "Sales" }],
  groups: [
    { name: "staff", joinedRooms: [{ roomId: "!lobby:example.org" }] },
    { name: "sales-team", joinedRooms: [{ roomId: "#sales:example.org", powerLevel: 50 }] },
    { name: "nobody-yet" },
  ],
  users: [
    {
      id: "@alice:example.org",
      active: true,
      displayName: "Alice",
      joinedRooms: [
        { roomId: "!lobby:example.org", powerLevel: 50 },
        { roomId: "#sales:example.org", powerLevel: 0 },
      ],
      groups: ["staff", "sales-team"],
    },
    { id: "@bob:example.org", active: false, groups: ["staff"] },
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
      groups: [
        { name: "staff", members: 2 },
        { name: "sales-team", members: 1 },
        { name: "nobody-yet", members: 0 },
      ],
    });
    expect(summary.rows).toEqual([
      {
        id: "@alice:example.org",
        active: true,
        displayName: "Alice",
        rooms: ["!lobby:example.org (50)", "#sales:example.org"],
        groups: ["staff", "sales-team"],
      },
      { id: "@bob:example.org", active: false, displayName: null, rooms: [], groups: ["staff"] },
    ]);
  });

  it("filters users by ID, name, room or group, ignoring case", () => {
    const { rows } = summarizePolicy(policy!);
    expect(filterUserRows(rows, "ALICE").map((row) => row.id)).toEqual(["@alice:example.org"]);
    expect(filterUserRows(rows, "#sales").map((row) => row.id)).toEqual(["@alice:example.org"]);
    expect(filterUserRows(rows, "@bob").map((row) => row.id)).toEqual(["@bob:example.org"]);
    expect(filterUserRows(rows, "SALES-team").map((row) => row.id)).toEqual(["@alice:example.org"]);
    expect(filterUserRows(rows, "staff")).toHaveLength(2);
    expect(filterUserRows(rows, "  ")).toHaveLength(2);
    expect(filterUserRows(rows, "nobody")).toEqual([]);
  });
});
