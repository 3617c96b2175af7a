import { describe, expect, it } from "vitest";
import { hasSessionCookieName } from "./session-cookie";

describe("hasSessionCookieName", () => {
  it("finds next-auth's session cookie under both names, whole or chunked", () => {
    expect(hasSessionCookieName(["next-auth.session-token"])).toBe(true);
    expect(hasSessionCookieName(["__Secure-next-auth.session-token"])).toBe(true);
    expect(hasSessionCookieName(["theme", "next-auth.session-token.0"])).toBe(true);
    expect(hasSessionCookieName(["__Secure-next-auth.session-token.0"])).toBe(true);
  });

  it("is not fooled by next-auth's other cookies or similar names", () => {
    expect(hasSessionCookieName([])).toBe(false);
    expect(hasSessionCookieName(["next-auth.csrf-token", "next-auth.callback-url"])).toBe(false);
    expect(hasSessionCookieName(["next-auth.session-token.1"])).toBe(false);
    expect(hasSessionCookieName(["xnext-auth.session-token"])).toBe(false);
  });
});
