import { describe, expect, it } from "vitest";
import { actionKey, describeAction, type PolicyAction } from "./actions";
import { countRemovals } from "./plan-policy";

const ann = "@ann:example.org";
const lobby = "!lobby:example.org";

const SAMPLES: [PolicyAction, string, string][] = [
  [
    {
      type: "room.create",
      payload: { alias: "#school:example.org", name: "School", isSpace: true },
    },
    "room.create:#school:example.org",
    "Create space #school:example.org “School”",
  ],
  [
    {
      type: "room.create",
      payload: { alias: "#staff:example.org", parent: "#school:example.org" },
    },
    "room.create:#staff:example.org",
    "Create room #staff:example.org in space #school:example.org",
  ],
  [
    {
      type: "user.create",
      payload: { userId: ann, authType: "plain", displayName: "Ann", admin: true, userType: "bot" },
    },
    `user.create:${ann}`,
    `Create ${ann} named “Ann” (server admin, bot account)`,
  ],
  [
    { type: "user.activate", payload: { userId: ann } },
    `user.activate:${ann}`,
    `Reactivate ${ann}`,
  ],
  [
    { type: "user.deactivate", payload: { userId: ann } },
    `user.deactivate:${ann}`,
    `Deactivate ${ann}`,
  ],
  [
    { type: "user.set_display_name", payload: { userId: ann, displayName: "" } },
    `user.set_display_name:${ann}`,
    `Clear ${ann}'s display name`,
  ],
  [
    { type: "user.set_avatar", payload: { userId: ann, avatarUri: "data:image/png;base64,AAAA" } },
    `user.set_avatar:${ann}`,
    `Set ${ann}'s avatar from an embedded image/png picture`,
  ],
  [
    { type: "user.set_admin", payload: { userId: ann, admin: false } },
    `user.set_admin:${ann}`,
    `Take server admin from ${ann}`,
  ],
  [
    { type: "user.set_type", payload: { userId: ann, userType: null } },
    `user.set_type:${ann}`,
    `Make ${ann} a regular account`,
  ],
  [
    { type: "room.join", payload: { userId: ann, roomId: lobby } },
    `room.join:${ann}:${lobby}`,
    `Join ${ann} to ${lobby}`,
  ],
  [
    { type: "room.leave", payload: { userId: ann, roomId: lobby } },
    `room.leave:${ann}:${lobby}`,
    `Remove ${ann} from ${lobby}`,
  ],
  [
    {
      type: "room.users_set_power_levels",
      payload: {
        roomId: lobby,
        roomPowerForUserId: Object.fromEntries(
          ["a", "b", "c", "d", "e", "f", "g"].map((name, index) => [`@${name}:example.org`, index]),
        ),
      },
    },
    `room.users_set_power_levels:${lobby}`,
    `Set power in ${lobby}: @a:example.org → 0, @b:example.org → 1, @c:example.org → 2, @d:example.org → 3, @e:example.org → 4 and 2 more`,
  ],
];

describe("actionKey and describeAction", () => {
  it.each(SAMPLES)("%j", (action, key, sentence) => {
    expect(actionKey(action)).toBe(key);
    expect(describeAction(action)).toBe(sentence);
  });

  it("gives every sample its own key", () => {
    expect(new Set(SAMPLES.map(([action]) => actionKey(action))).size).toBe(SAMPLES.length);
  });
});

describe("countRemovals", () => {
  it("counts deactivations and leaves, nothing else", () => {
    const actions = SAMPLES.map(([action]) => action);
    expect(countRemovals({ actions, warnings: [], impossible: [] })).toBe(2);
  });
});
