import { describe, expect, it } from "vitest";
import { powerOf, readPowerLevels } from "./power-levels";

describe("readPowerLevels", () => {
  it("takes the room's own levels", () => {
    const levels = readPowerLevels({
      users: { "@a:x": 100, "@b:x": 50, "@c:x": "high" },
      users_default: 10,
      state_default: 60,
      events: { "m.room.power_levels": 90 },
      kick: 70,
    });
    expect(levels).toEqual({
      usersDefault: 10,
      powerLevelsChangeLevel: 90,
      kickLevel: 70,
      users: { "@a:x": 100, "@b:x": 50 },
    });
    expect(powerOf(levels, "@b:x")).toBe(50);
    expect(powerOf(levels, "@z:x")).toBe(10);
  });

  it("falls back to Matrix's defaults, and to state_default for power levels", () => {
    expect(readPowerLevels({ state_default: 40 })).toEqual({
      usersDefault: 0,
      powerLevelsChangeLevel: 40,
      kickLevel: 50,
      users: {},
    });
    expect(readPowerLevels({}).powerLevelsChangeLevel).toBe(50);
  });
});
