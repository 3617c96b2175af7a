import { describe, expect, it } from "vitest";
import { createPageAge } from "./page-age";

describe("a page's age in the browser's time", () => {
  it("is its time since the first page's render, whatever the clocks' difference", () => {
    for (const skew of [-600_000, 0, 10_000, 3_600_000]) {
      const ageOf = createPageAge();
      // The first page, rendered at server time 1,000 and shown 300 ms later.
      expect(ageOf(1_000, 1_300 + skew)).toBe(0);
      // A page fetched ahead at server time 2,000 and shown 20 s later.
      expect(ageOf(2_000, 22_000 + skew)).toBe(19_700);
      // That page read again: fresh.
      expect(ageOf(22_100, 22_300 + skew)).toBeLessThan(1_000);
    }
  });

  it("takes a fresher render than the first as the clocks' difference", () => {
    const ageOf = createPageAge();
    expect(ageOf(1_000, 3_000)).toBe(0);
    expect(ageOf(5_000, 5_500)).toBe(0);
    expect(ageOf(6_000, 9_000)).toBe(2_500);
  });
});
