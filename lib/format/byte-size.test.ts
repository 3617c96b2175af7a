import { describe, expect, it } from "vitest";
import { formatByteSize } from "./byte-size";

describe("formatByteSize", () => {
  it("writes bytes below a kilobyte as a count", () => {
    expect(formatByteSize(0)).toBe("0 bytes");
    expect(formatByteSize(1)).toBe("1 byte");
    expect(formatByteSize(999)).toBe("999 bytes");
  });

  it("uses decimal units with one decimal below ten", () => {
    expect(formatByteSize(1000)).toBe("1 KB");
    expect(formatByteSize(5_242_880)).toBe("5.2 MB");
    expect(formatByteSize(123_456_789)).toBe("123 MB");
    expect(formatByteSize(1_300_000_000)).toBe("1.3 GB");
  });

  it("shows a dash for a size that is not one", () => {
    expect(formatByteSize(-1)).toBe("—");
    expect(formatByteSize(Number.NaN)).toBe("—");
  });
});
