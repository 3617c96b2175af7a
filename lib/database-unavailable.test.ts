import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's 'cannot reach the server' as adapter-pg reports it", () => {
    // The shape seen from `db.homeserver.findFirst()` with PostgreSQL stopped.
    const error = Object.assign(new Error("Can't reach database server"), {
      code: "P1001",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", port: 5432 } } },
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
    const raw = Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
    });
    expect(isDatabaseUnavailable(raw)).toBe(true);
  });

  it("recognises pg's timeouts, refused sockets and PostgreSQL's shutdown and statement timeout", () => {
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57014" }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: { code: "ECONNRESET", message: "" } })),
    ).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isDatabaseUnavailable(new Error("M_FORBIDDEN"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(
      false,
    );
    expect(isDatabaseUnavailable("text")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
