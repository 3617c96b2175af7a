import { afterEach, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

it("reads the environment on first use, not on import", async () => {
  vi.stubEnv("DATABASE_URL", "");
  vi.resetModules();

  const { db } = await import("@/lib/db");

  expect(() => db.auditEntry).toThrow(/DATABASE_URL is required/);
});
