import { describe, expect, it } from "vitest";
import { cronProblem, describeCron, lastFireTime, nextRunTimes } from "./cron";

describe("cron helpers", () => {
  it("describes a five-field expression in words and refuses others", () => {
    expect(describeCron("0 3 * * 1")).toBe("At 03:00, only on Monday");
    expect(describeCron("*/5 * * * * *")).toBeNull();
    expect(cronProblem("0 3 * *")).toMatch(/five fields/);
    expect(cronProblem("0 25 * * *")).not.toBeNull();
    expect(cronProblem("0 3 * * *", "Mars/Olympus")).toMatch(/not a known timezone/);
  });

  it("lists the next run times in the definition's timezone", () => {
    const from = new Date("2026-03-28T12:00:00Z");
    const times = nextRunTimes("30 2 * * *", "Europe/Berlin", 3, from);
    // Berlin moves to summer time on 29 March 2026: 02:30 does not exist that night.
    expect(times.map((time) => time.toISOString())).toEqual([
      "2026-03-29T01:30:00.000Z",
      "2026-03-30T00:30:00.000Z",
      "2026-03-31T00:30:00.000Z",
    ]);
  });

  it("finds the latest fire time at or before now", () => {
    const now = new Date("2026-05-04T10:17:00Z");
    expect(lastFireTime("17 10 * * *", "UTC", now)?.toISOString()).toBe("2026-05-04T10:17:00.000Z");
    expect(
      lastFireTime("*/15 * * * *", "UTC", new Date("2026-05-04T10:17:40Z"))?.toISOString(),
    ).toBe("2026-05-04T10:15:00.000Z");
  });
});
