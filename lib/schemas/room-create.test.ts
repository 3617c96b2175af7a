import { describe, expect, it } from "vitest";
import { CREATE_ROOM_DEFAULTS, createRoomSchema, type CreateRoomForm } from "./room-create";

const parse = (changes: Partial<CreateRoomForm>) =>
  createRoomSchema.safeParse({ ...CREATE_ROOM_DEFAULTS, ...changes });

const issues = (changes: Partial<CreateRoomForm>) => {
  const result = parse(changes);
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("createRoomSchema", () => {
  it("accepts the defaults: a room with nothing but Synapse's choices", () => {
    expect(parse({}).success).toBe(true);
  });

  it("turns invite lines into unique user IDs, ignoring blank lines", () => {
    const result = parse({ invites: " @a:example.org \n\n@b:example.org\n@a:example.org\n" });
    expect(result.success && result.data.invites).toEqual(["@a:example.org", "@b:example.org"]);
  });

  it("refuses a malformed invite line and names it", () => {
    expect(issues({ invites: "@a:example.org\nbob" })).toEqual([
      ["invites", 'has "bob", which is not a Matrix user ID such as @alice:example.org'],
    ]);
  });

  it.each(["lob by", "lobby:example.org", "a\tb"])("refuses the alias localpart %j", (value) => {
    expect(issues({ aliasLocalpart: value })).toEqual([
      ["aliasLocalpart", "may not contain spaces or colons"],
    ]);
  });

  it("drops one leading # from the alias, as people often type it", () => {
    const result = parse({ aliasLocalpart: " #lobby " });
    expect(result.success && result.data.aliasLocalpart).toBe("lobby");
  });

  it("reads levels typed as text, but not an empty one as 0", () => {
    const result = parse({
      userLevels: [{ userId: "@a:example.org", level: "42" }],
      eventLevels: [{ eventType: "m.room.topic", level: -5 }],
    });
    expect(result.success && [result.data.userLevels, result.data.eventLevels]).toEqual([
      [{ userId: "@a:example.org", level: 42 }],
      [{ eventType: "m.room.topic", level: -5 }],
    ]);
    expect(issues({ userLevels: [{ userId: "@a:example.org", level: "" }] })).toEqual([
      ["userLevels.0.level", "must be a whole number"],
    ]);
  });

  it("keeps every level at or below the console's own 100", () => {
    expect(issues({ eventLevels: [{ eventType: "m.room.name", level: "101" }] })).toEqual([
      ["eventLevels.0.level", "must be at most 100, the console's own level"],
    ]);
  });

  it("refuses a malformed user ID, a spaced event type and repeated rows", () => {
    expect(issues({ userLevels: [{ userId: "alice", level: 1 }] })[0]?.[0]).toBe(
      "userLevels.0.userId",
    );
    expect(issues({ eventLevels: [{ eventType: "m.room name", level: 1 }] })).toEqual([
      ["eventLevels.0.eventType", "may not contain spaces"],
    ]);
    expect(
      issues({
        userLevels: [
          { userId: "@a:example.org", level: 1 },
          { userId: "@a:example.org", level: 2 },
        ],
      }),
    ).toEqual([["userLevels.1.userId", "is repeated"]]);
  });
});
