import { describe, expect, it } from "vitest";
import type { PolicyDocument, PolicyUser } from "@/lib/policy/document/schema";
import { expandJoinedRooms, indexGroups } from "./group-rooms";
import { planPolicy } from "./plan-policy";

const policy: PolicyDocument = {
  schemaVersion: 2,
  managedRoomIds: [
    "!lobby:example.org",
    "!dev:example.org",
    "!ops:example.org",
    "#news:example.org",
  ],
  rooms: [{ alias: "#news:example.org" }],
  groups: [
    {
      name: "staff",
      joinedRooms: [
        { roomId: "!lobby:example.org", powerLevel: 10 },
        { roomId: "!dev:example.org", powerLevel: 50 },
        { roomId: "#news:example.org" },
      ],
    },
    {
      name: "admins",
      joinedRooms: [
        { roomId: "!dev:example.org", powerLevel: 100 },
        { roomId: "!ops:example.org", powerLevel: 75 },
      ],
    },
    { name: "readers", joinedRooms: [{ roomId: "!lobby:example.org" }] },
  ],
};
const groups = indexGroups(policy);
const user = (fields: Partial<PolicyUser>): PolicyUser => ({
  id: "@ann:example.org",
  active: true,
  ...fields,
});

describe("expandJoinedRooms", () => {
  it("adds each group's rooms at the group's level, a missing level as 0", () => {
    expect(expandJoinedRooms(user({ groups: ["staff"] }), groups).rooms).toEqual([
      { roomId: "!lobby:example.org", powerLevel: 10 },
      { roomId: "!dev:example.org", powerLevel: 50 },
      { roomId: "#news:example.org", powerLevel: 0 },
    ]);
  });

  it("lets the user's own joinedRooms entry win for the same room, even at a lower level", () => {
    const own = user({ groups: ["staff"], joinedRooms: [{ roomId: "!dev:example.org" }] });
    expect(expandJoinedRooms(own, groups).rooms).toEqual([
      { roomId: "!dev:example.org" },
      { roomId: "!lobby:example.org", powerLevel: 10 },
      { roomId: "#news:example.org", powerLevel: 0 },
    ]);
  });

  it("gives a room two groups share at the higher of their levels, whichever group comes first", () => {
    const levelsOf = (names: string[]) =>
      Object.fromEntries(
        expandJoinedRooms(user({ groups: names }), groups).rooms.map((room) => [
          room.roomId,
          room.powerLevel,
        ]),
      );
    const expected = {
      "!lobby:example.org": 10,
      "!dev:example.org": 100,
      "#news:example.org": 0,
      "!ops:example.org": 75,
    };
    expect(levelsOf(["staff", "admins", "readers"])).toEqual(expected);
    expect(levelsOf(["readers", "admins", "staff"])).toEqual(expected);
  });

  it("takes an alias and the room's ID as one room once the alias resolves", () => {
    const resolve = (reference: string) =>
      reference === "#news:example.org" ? "!news:example.org" : reference;
    const own = user({
      groups: ["staff"],
      joinedRooms: [{ roomId: "!news:example.org", powerLevel: 5 }],
    });
    expect(expandJoinedRooms(own, groups, resolve).rooms).toEqual([
      { roomId: "!news:example.org", powerLevel: 5 },
      { roomId: "!lobby:example.org", powerLevel: 10 },
      { roomId: "!dev:example.org", powerLevel: 50 },
    ]);
  });

  it("gives an inactive user nothing, from groups or their own list", () => {
    const inactive = user({
      active: false,
      groups: ["staff"],
      joinedRooms: [{ roomId: "!ops:example.org" }],
    });
    expect(expandJoinedRooms(inactive, groups)).toEqual({ rooms: [], unknownGroups: [] });
  });

  it("names groups the policy does not declare, and takes nothing from them", () => {
    expect(expandJoinedRooms(user({ groups: ["sales", "readers"] }), groups)).toEqual({
      rooms: [{ roomId: "!lobby:example.org", powerLevel: 0 }],
      unknownGroups: ["sales"],
    });
  });
});

describe("planPolicy with groups", () => {
  it("joins a member to the group's rooms at the group's level, and warns of an unknown group", () => {
    const plan = planPolicy(
      {
        users: [{ id: "@ann:example.org", active: true, joinedRooms: [] }],
        rooms: [
          ...["!lobby:example.org", "!dev:example.org", "!ops:example.org"].map((roomId) => ({
            roomId,
          })),
          { roomId: "!news:example.org", alias: "#news:example.org" },
        ],
      },
      { ...policy, users: [user({ groups: ["admins", "sales"] })] },
    );
    expect(plan.actions).toEqual([
      { type: "room.join", payload: { userId: "@ann:example.org", roomId: "!dev:example.org" } },
      { type: "room.join", payload: { userId: "@ann:example.org", roomId: "!ops:example.org" } },
      {
        type: "room.users_set_power_levels",
        payload: { roomId: "!dev:example.org", roomPowerForUserId: { "@ann:example.org": 100 } },
      },
      {
        type: "room.users_set_power_levels",
        payload: { roomId: "!ops:example.org", roomPowerForUserId: { "@ann:example.org": 75 } },
      },
    ]);
    expect(plan.warnings).toEqual([
      '@ann:example.org: group "sales" is not declared under "groups", so it adds no room',
    ]);
  });
});
