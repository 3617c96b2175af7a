import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("says the two largest units in words", () => {
    expect(formatDuration(0)).toBe("under a second");
    expect(formatDuration(999)).toBe("under a second");
    expect(formatDuration(1_000)).toBe("1 second");
    expect(formatDuration(600_000)).toBe("10 minutes");
    expect(formatDuration(3_000_000)).toBe("50 minutes");
    expect(formatDuration(7_500_000)).toBe("2 hours 5 minutes");
    expect(formatDuration(86_400_000 + 3_600_000 + 61_000)).toBe("1 day 1 hour");
  });
});
