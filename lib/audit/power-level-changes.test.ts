import { describe, expect, it } from "vitest";
import { powerLevelChanges } from "./power-level-changes";

describe("powerLevelChanges", () => {
  it("names one change per user, event type and default, unset levels as null", () => {
    const before = {
      users: { "@a:x": 100, "@bob:x": 50 },
      events: { "m.room.name": 50 },
      users_default: 0,
      state_default: 50,
    };
    const after = {
      users: { "@a:x": 100, "@carol:x": 10 },
      events: { "m.room.name": 100, "m.room.topic": 0 },
      users_default: 0,
      state_default: 75,
      invite: 0,
    };
    expect(powerLevelChanges(before, after)).toEqual([
      { field: "power_levels.users.@bob:x", from: 50, to: null },
      { field: "power_levels.users.@carol:x", from: null, to: 10 },
      { field: "power_levels.events.m.room.name", from: 50, to: 100 },
      { field: "power_levels.events.m.room.topic", from: null, to: 0 },
      { field: "power_levels.state_default", from: 50, to: 75 },
      { field: "power_levels.invite", from: null, to: 0 },
    ]);
  });

  it("finds nothing when nothing differs, and reads a missing map as empty", () => {
    expect(powerLevelChanges({ users: { "@a:x": 1 } }, { users: { "@a:x": 1 } })).toEqual([]);
    expect(powerLevelChanges({}, { notifications: { room: 50 } })).toEqual([
      { field: "power_levels.notifications.room", from: null, to: 50 },
    ]);
  });
});
