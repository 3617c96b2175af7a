import { describe, expect, it } from "vitest";
import { browserUrlOf } from "./list-href";

describe("browserUrlOf", () => {
  it("names the default size for a reader whose own size is another", () => {
    expect(browserUrlOf("/users?q=bob", "limit", 25)).toBe("/users?q=bob&limit=50");
    expect(browserUrlOf("/rooms", "size", 100)).toBe("/rooms?size=50");
  });

  it("leaves out the reader's own size, and keeps any other one named", () => {
    expect(browserUrlOf("/users?limit=25&from=25", "limit", 25)).toBe("/users?from=25");
    expect(browserUrlOf("/rooms?size=25", "size", 25)).toBe("/rooms");
    expect(browserUrlOf("/users?q=a%20b&limit=100", "limit", 25)).toBe("/users?q=a%20b&limit=100");
  });

  it("changes nothing for a reader of the default size", () => {
    expect(browserUrlOf("/users?q=bob", "limit")).toBe("/users?q=bob");
    expect(browserUrlOf("/rooms?page=2", "size", 50)).toBe("/rooms?page=2");
  });
});
