import { describe, expect, it } from "vitest";
import { countMatching, countOf } from "./count";

describe("countOf", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countOf(1, "device")).toBe("1 device");
    expect(countOf(0, "device")).toBe("0 devices");
    expect(countOf(2, "user")).toBe("2 users");
  });

  it("groups thousands and takes an irregular plural", () => {
    expect(countOf(1200, "entry", "entries")).toBe("1,200 entries");
    expect(countOf(1, "entry", "entries")).toBe("1 entry");
  });
});

describe("countMatching", () => {
  it("says a filtered total with its verb, and none as such", () => {
    expect(countMatching(0, "event report")).toBe("No event reports match");
    expect(countMatching(1, "user report")).toBe("1 user report matches");
    expect(countMatching(1200, "user report")).toBe("1,200 user reports match");
  });
});
