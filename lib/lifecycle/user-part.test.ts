import { describe, expect, it } from "vitest";
import type { PolicyAction } from "@/lib/policy/plan/actions";
import { impossibleFor, userPartOf } from "./user-part";

const ann = "@ann:example.org";
const bob = "@bob:example.org";
const room = "!room:example.org";

const plan: PolicyAction[] = [
  { type: "room.create", payload: { alias: "#new:example.org" } },
  { type: "user.create", payload: { userId: ann, authType: "none" } },
  { type: "user.create", payload: { userId: bob, authType: "none" } },
  { type: "room.join", payload: { userId: bob, roomId: room } },
  {
    type: "room.users_set_power_levels",
    payload: { roomId: room, roomPowerForUserId: { [ann]: 50, [bob]: 0 } },
  },
  { type: "user.set_admin", payload: { userId: ann, admin: true } },
  { type: "user.set_type", payload: { userId: ann, userType: "bot" } },
  { type: "user.deactivate", payload: { userId: ann } },
];

describe("the part of a plan that concerns some users", () => {
  it("keeps their own actions and power entries; never a room creation, a role change or others' actions", () => {
    expect(userPartOf(plan, new Set([ann]), new Set())).toEqual([
      { type: "user.create", payload: { userId: ann, authType: "none" } },
      {
        type: "room.users_set_power_levels",
        payload: { roomId: room, roomPowerForUserId: { [ann]: 50 } },
      },
      { type: "user.deactivate", payload: { userId: ann } },
    ]);
  });

  it("drops a power change with none of their entries, and erases those asked", () => {
    const part = userPartOf(plan.slice(4), new Set([ann]), new Set([ann]));
    expect(part).toHaveLength(2);
    expect(part.at(-1)).toEqual({ type: "user.deactivate", payload: { userId: ann, erase: true } });
    expect(userPartOf(plan.slice(4, 5), new Set(["@carol:example.org"]), new Set())).toEqual([]);
  });

  it("gives each user the first reason the plan cannot do part of their change", () => {
    const reasons = impossibleFor(
      [
        { action: plan[3]!, reason: "the room is gone" },
        { action: plan[4]!, reason: "no power" },
      ],
      new Set([ann, bob]),
    );
    expect(reasons).toEqual(
      new Map([
        [bob, "the room is gone"],
        [ann, "no power"],
      ]),
    );
  });
});
