import { describe, expect, it } from "vitest";
import { getSafeCallbackPath } from "./callback-path";

describe("getSafeCallbackPath", () => {
  it.each([
    ["/users", "/users"],
    ["/users/%40bob%3Aexample.org?tab=devices", "/users/%40bob%3Aexample.org?tab=devices"],
    ["/", "/"],
  ])("keeps the in-app path %s", (input, expected) => {
    expect(getSafeCallbackPath(input)).toBe(expected);
  });

  it.each([
    ["missing", undefined],
    ["repeated parameter", ["/users", "/rooms"]],
    ["absolute URL", "https://evil.example/steal"],
    ["protocol-relative URL", "//evil.example/steal"],
    ["backslash trick", "/\\evil.example"],
    ["javascript URL", "javascript:alert(1)"],
    ["relative path", "users"],
    ["control character", "/\tevil"],
    ["the sign-in page itself", "/sign-in?callbackUrl=%2Fusers"],
  ])("falls back to / for %s", (_name, input) => {
    expect(getSafeCallbackPath(input)).toBe("/");
  });
});
