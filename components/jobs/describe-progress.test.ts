import { describe, expect, it } from "vitest";
import { describeProgress, knownTotal } from "./describe-progress";

describe("describeProgress", () => {
  it("counts against the total once the run knows it", () => {
    expect(describeProgress({ status: "running", total: 12, done: 5, failed: 0 })).toBe(
      "5 of 12 items",
    );
    expect(describeProgress({ status: "running", total: 1, done: 0, failed: 0 })).toBe(
      "0 of 1 item",
    );
    expect(describeProgress({ status: "failed", total: 1500, done: 1200, failed: 3 })).toBe(
      "1,203 of 1,500 items, 3 failed",
    );
  });

  it("says how far a run got while its total is unknown, without a question mark", () => {
    expect(describeProgress({ status: "running", total: null, done: 0, failed: 0 })).toBe(
      "0 items so far",
    );
    expect(describeProgress({ status: "queued", total: null, done: 1, failed: 0 })).toBe(
      "1 item so far",
    );
    expect(describeProgress({ status: "cancelled", total: null, done: 4, failed: 1 })).toBe(
      "5 items, 1 failed",
    );
  });

  it("takes what a succeeded run handled as its total when it never said one", () => {
    const run = { status: "succeeded", total: null, done: 5, failed: 0 } as const;
    expect(knownTotal(run)).toBe(5);
    expect(describeProgress(run)).toBe("5 of 5 items");
  });

  it("keeps the total a failed or cancelled run never reached unknown", () => {
    expect(knownTotal({ status: "failed", total: null, done: 5, failed: 2 })).toBeNull();
    expect(knownTotal({ status: "cancelled", total: 9, done: 5, failed: 0 })).toBe(9);
  });
});
