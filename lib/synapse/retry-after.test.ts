import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./retry-after";

const headers = (value?: string) =>
  new Headers(value === undefined ? {} : { "retry-after": value });

describe("retryAfterMs", () => {
  it("prefers the body's milliseconds, rounded up", () => {
    expect(retryAfterMs(1500.2, headers("10"))).toBe(1501);
  });
  it("reads the header in seconds", () => expect(retryAfterMs(undefined, headers("2"))).toBe(2000));
  it("reads the header as an HTTP date", () => {
    const now = Date.parse("2026-11-23T10:00:00Z");
    expect(retryAfterMs(undefined, headers("Mon, 23 Nov 2026 10:00:05 GMT"), now)).toBe(5000);
    expect(retryAfterMs(undefined, headers("Mon, 23 Nov 2026 09:00:00 GMT"), now)).toBe(0);
  });
  it("gives undefined for nothing or nonsense", () => {
    expect(retryAfterMs(undefined, headers())).toBeUndefined();
    expect(retryAfterMs(undefined, headers("soon"))).toBeUndefined();
    expect(retryAfterMs(-5, headers())).toBeUndefined();
  });
});
