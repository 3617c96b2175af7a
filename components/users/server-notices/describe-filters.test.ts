import { describe, expect, it } from "vitest";
import { describeFilters } from "./describe-filters";

describe("the users list's filters in words", () => {
  it("says who a notice to every matching user reaches", () => {
    expect(
      describeFilters({
        q: "ops",
        admins: false,
        guests: false,
        hideLocked: false,
        type: "all",
        deactivated: "active",
      }),
    ).toBe(
      "active users whose ID or display name contains “ops”, guests left out, locked ones included",
    );
    expect(
      describeFilters({
        q: undefined,
        admins: true,
        guests: true,
        hideLocked: true,
        type: "bot",
        deactivated: "all",
      }),
    ).toBe("active or deactivated bot server admins, guests included, locked ones left out");
  });
});
