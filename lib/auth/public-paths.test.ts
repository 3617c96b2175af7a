import { describe, expect, it } from "vitest";
import { isPublicPath } from "./public-paths";

describe("isPublicPath", () => {
  it("opens sign-in, setup, next-auth's routes and the health check", () => {
    for (const path of ["/sign-in", "/setup", "/api/auth/session", "/api/auth/callback/x"]) {
      expect(isPublicPath(path), path).toBe(true);
    }
    expect(isPublicPath("/api/health")).toBe(true);
  });

  it("keeps everything else closed, including look-alikes of the open paths", () => {
    for (const path of [
      "/",
      "/users",
      "/settings",
      "/sign-in-elsewhere",
      "/setupx",
      "/api/authx",
      "/api/health/x",
      "/users/sign-in",
    ]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});
