import { describe, expect, it } from "vitest";
import { roomAdminLevelRefusal } from "./room-admin-level";

const operator = { id: "@op:x", role: "operator" as const };

describe("roomAdminLevelRefusal", () => {
  it("keeps levels below 100 for those below admin, and names who would be raised", () => {
    expect(roomAdminLevelRefusal(operator, "!r:x", { "@a:x": 50, "@b:x": 99 })).toBeNull();
    expect(roomAdminLevelRefusal(operator, "!r:x", { "@a:x": 50, "@b:x": 100 })).toBe(
      "@b:x would get power level 100 or more in !r:x: making someone room admin needs the admin role; you are operator.",
    );
    expect(roomAdminLevelRefusal({ id: "@setup:x" }, "!r:x", { "@a:x": 150, "@b:x": 100 })).toMatch(
      /^@a:x, @b:x would get .* you are without a role\.$/,
    );
  });

  it("lets admins make room admins", () => {
    expect(
      roomAdminLevelRefusal({ id: "@boss:x", role: "admin" }, "!r:x", { "@a:x": 100 }),
    ).toBeNull();
  });
});
