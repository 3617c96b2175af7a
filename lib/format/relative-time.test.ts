import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relative-time";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (seconds: number) => formatRelativeTime(new Date(now.getTime() - seconds * 1000), now);

describe("formatRelativeTime", () => {
  it("says how long ago, in the largest whole unit", () => {
    expect(ago(3)).toBe("just now");
    expect(ago(45)).toBe("45 seconds ago");
    expect(ago(5 * 60)).toBe("5 minutes ago");
    expect(ago(60 * 60)).toBe("1 hour ago");
    expect(ago(3 * 3600)).toBe("3 hours ago");
    expect(ago(24 * 3600)).toBe("yesterday");
    expect(ago(20 * 86_400)).toBe("20 days ago");
  });

  it("gives the date past a month", () => {
    expect(ago(40 * 86_400)).toBe("2026-10-23");
  });
});
