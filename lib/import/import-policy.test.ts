import { describe, expect, it } from "vitest";
import { usersAfterImport } from "./import-policy";
import { lineKey } from "./stored-import";

const row = (line: number, userId: string, extra: object = {}) => ({
  line,
  userId,
  rooms: [],
  passwordGiven: false,
  ...extra,
});

describe("the policy after an import", () => {
  const document = {
    schemaVersion: 2 as const,
    managedRoomIds: ["#staff:example.org"],
    users: [
      {
        id: "@kept:example.org",
        active: true,
        displayName: "Kept",
        joinedRooms: [{ roomId: "#staff:example.org", powerLevel: 50 }],
      },
    ],
  };

  it("adds created accounts, updates policy users, and leaves other existing accounts out", () => {
    const verdicts = new Map([
      [lineKey(2), "create"],
      [lineKey(3), "update"],
      [lineKey(4), "update"],
      [lineKey(5), "unchanged"],
      [lineKey(6), "invalid"],
    ]);
    const { users, added, changed } = usersAfterImport(
      document,
      [
        row(2, "@new:example.org", {
          displayName: "New",
          rooms: ["!staff:example.org", "!other:x"],
        }),
        row(3, "@kept:example.org", {
          displayName: "Kept Renamed",
          admin: true,
          rooms: ["!staff:example.org"],
        }),
        row(4, "@outside:example.org", { displayName: "Not in the policy" }),
        row(5, "@same:example.org"),
        row(6, "@bad:example.org"),
      ],
      verdicts,
      // The file wrote the room's ID; the policy its alias.
      new Map([["!staff:example.org", "#staff:example.org"]]),
    );
    expect({ added, changed }).toEqual({ added: 1, changed: 1 });
    expect(users).toEqual([
      {
        id: "@kept:example.org",
        active: true,
        displayName: "Kept Renamed",
        admin: true,
        // Already in the room with its power level: not added twice, not changed.
        joinedRooms: [{ roomId: "#staff:example.org", powerLevel: 50 }],
      },
      {
        id: "@new:example.org",
        active: true,
        displayName: "New",
        // Only the rooms the policy manages.
        joinedRooms: [{ roomId: "#staff:example.org" }],
      },
    ]);
  });

  it("changes nothing when no row creates or updates a policy user", () => {
    const result = usersAfterImport(
      document,
      [row(2, "@kept:example.org", { displayName: "Kept" })],
      new Map([[lineKey(2), "update"]]),
      new Map(),
    );
    expect(result).toMatchObject({ added: 0, changed: 0 });
  });
});
