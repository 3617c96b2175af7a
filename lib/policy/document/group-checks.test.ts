import { describe, expect, it } from "vitest";
import { parsePolicy } from "./parse-policy";

const parse = (text: string) => parsePolicy(text, { serverName: "example.org" });
const problemsOf = (text: string, severity: "error" | "warning" = "error") =>
  parse(text)
    .problems.filter((problem) => problem.severity === severity)
    .map(({ line, column, message }) => `${line}:${column} ${message}`);

describe("parsePolicy: groups", () => {
  it("reads groups and users' group names with no problem, and keeps them as written", () => {
    const text = `{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org", "#b:example.org"],
  "rooms": [{ "alias": "#b:example.org" }],
  "groups": [
    { "name": "staff", "joinedRooms": [{ "roomId": "!a:example.org", "powerLevel": 50 }, { "roomId": "#b:example.org" }] },
    { "name": "empty" }
  ],
  "users": [{ "id": "@ann:example.org", "active": true, "groups": ["staff", "empty"] }]
}`;
    const { policy, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(policy?.groups?.[0]).toEqual({
      name: "staff",
      joinedRooms: [{ roomId: "!a:example.org", powerLevel: 50 }, { roomId: "#b:example.org" }],
    });
    expect(policy?.users?.[0]?.groups).toEqual(["staff", "empty"]);
  });

  it("refuses a group name used twice, an unknown group, a group listed twice and unmanaged rooms", () => {
    expect(
      problemsOf(`{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org"],
  "groups": [
    { "name": "staff", "joinedRooms": [{ "roomId": "!a:example.org" }, { "roomId": "!a:example.org" }] },
    { "name": "ops", "joinedRooms": [{ "roomId": "!z:example.org" }] },
    { "name": "staff" }
  ],
  "users": [
    { "id": "@ann:example.org", "active": true, "groups": ["staff", "sales", "staff"] }
  ]
}`),
    ).toEqual([
      '5:84 groups[0].joinedRooms[1].roomId: !a:example.org is listed twice in "staff"',
      "6:50 groups[1].joinedRooms[0].roomId: !z:example.org is not in managedRoomIds: add it there, or remove it from the group",
      '7:15 groups[2].name: group "staff" is declared twice; the first is groups[0]',
      '10:69 users[0].groups[1]: group "sales" is not declared under "groups": declare it there, or remove it',
      '10:78 users[0].groups[2]: "staff" is listed twice for @ann:example.org',
    ]);
    expect(
      parse(
        `{"schemaVersion": 2, "users": [{"id": "@a:example.org", "active": true, "groups": ["x"]}]}`,
      ).policy,
    ).toBeNull();
  });

  it("refuses bad room IDs and aliases, empty names and names that are not text, where they are", () => {
    expect(
      problemsOf(`{
  "schemaVersion": 2,
  "groups": [
    { "name": "", "joinedRooms": [{ "roomId": "lobby" }, { "roomId": "#x", "powerLevel": 1.5 }] },
    { "name": " staff" },
    { "joinedRooms": [] }
  ],
  "users": [{ "id": "@ann:example.org", "active": true, "groups": [7] }]
}`),
    ).toEqual([
      "4:15 groups[0].name: must not be empty",
      "4:47 groups[0].joinedRooms[0].roomId: must be a room ID such as !abc:example.org or an alias such as #lobby:example.org",
      "4:70 groups[0].joinedRooms[1].roomId: must be a room ID such as !abc:example.org or an alias such as #lobby:example.org",
      "4:90 groups[0].joinedRooms[1].powerLevel: must be a whole number",
      "5:15 groups[1].name: must not start or end with a space",
      "6:5 groups[2].name: is required",
      "8:68 users[0].groups[0]: must be a group's name",
    ]);
  });

  it("refuses a group's alias that is not declared, as in users' joinedRooms", () => {
    expect(
      problemsOf(`{
  "schemaVersion": 2,
  "managedRoomIds": ["#team:example.org"],
  "groups": [{ "name": "staff", "joinedRooms": [{ "roomId": "#team:example.org" }] }]
}`),
    ).toEqual([
      '3:22 managedRoomIds[0]: #team:example.org is not declared under "rooms": declare it there, or use the room\'s ID',
    ]);
  });

  it("warns that an inactive user's groups give them nothing, and of unknown fields in a group", () => {
    const text = `{
  "schemaVersion": 2,
  "groups": [{ "name": "staff", "colour": "blue" }],
  "users": [{ "id": "@ann:example.org", "active": false, "groups": ["staff"] }]
}`;
    expect(problemsOf(text, "warning")).toEqual([
      "3:33 groups[0].colour: kept as written; the console does not use it",
      "4:68 users[0].groups: @ann:example.org is inactive: their groups give them no room, and they leave every managed room",
    ]);
    expect(parse(text).policy).not.toBeNull();
  });

  it("refuses Groups and Name spelled in other case, which the console would not read", () => {
    expect(
      problemsOf(
        `{"schemaVersion": 2, "groups": [{"Name": "x"}], "users": [{"id": "@a:example.org", "active": true, "Groups": []}]}`,
      ),
    ).toContain(
      '1:34 groups[0].Name: write "name": corporal reads "Name" as "name" (it ignores letter case), the console does not',
    );
  });
});
