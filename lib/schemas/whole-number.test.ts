import { describe, expect, it } from "vitest";
import { z } from "zod";
import { wholeNumber } from "./whole-number";

const schema = wholeNumber(z.number().min(0, "must be 0 or more").max(100, "is too large"));
const problem = (value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? null;

describe("wholeNumber", () => {
  it.each([
    [0, 0],
    ["42", 42],
    [" 7 ", 7],
    [100, 100],
  ])("reads %j as %d", (value, expected) => expect(schema.parse(value)).toBe(expected));

  it.each([null, true, false, [], [5], {}, "", " ", "12abc", "1e3", "0x10", 1.5, NaN, Infinity])(
    "refuses %j (z.coerce.number would read some of these as 0 or 1)",
    (value) => expect(problem(value)).toBe("must be a whole number"),
  );

  it("keeps the range checks of the number it pipes into", () => {
    expect(problem(-1)).toBe("must be 0 or more");
    expect(problem("101")).toBe("is too large");
    expect(problem("9".repeat(17))).toBe("must be a whole number");
  });
});
