import { describe, expect, it } from "vitest";
import { jobIdSchema, jobRunIdSchema } from "@/lib/jobs/definition-schema";
import { matrixUserIdSchema, roomAliasSchema, roomIdSchema } from "./matrix-id";
import { deviceIdSchema, opaqueIdSchema, reportIdSchema } from "./opaque-id";
import { isPathChangingSegment } from "./path-segment";

const problem = (
  schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } },
  value: unknown,
) => schema.safeParse(value).error?.issues[0]?.message ?? null;

describe("device IDs and other IDs that become a Synapse path segment", () => {
  it.each(["ABCDEFGHIJ", "my phone", "a/b", "...", "%2e%2e%2e", "émoji-☃"])("accept %j", (value) =>
    expect(problem(deviceIdSchema, value)).toBeNull(),
  );
  it.each([
    [".", 'may not be "." or ".."'],
    ["..", 'may not be "." or ".."'],
    [" .. ", 'may not be "." or ".."'],
    ["%2e%2e", 'may not be "." or ".."'],
    ["%2E.", 'may not be "." or ".."'],
    ["%252e", 'may not be "." or ".."'],
    ["", "is required"],
    ["   ", "is required"],
    ["DEV\u0000", "may not contain control characters"],
    ["DEV\u001b[31m", "may not contain control characters"],
    ["x".repeat(256), "must be at most 255 characters"],
  ])("refuse %j: %s", (value, message) => expect(problem(deviceIdSchema, value)).toBe(message));

  it("refuses non-strings", () => {
    for (const value of [1, null, undefined, ["A"], { id: "A" }, true]) {
      expect(opaqueIdSchema().safeParse(value).success).toBe(false);
    }
  });
});

describe("report IDs", () => {
  it("accept Synapse's row numbers", () => expect(problem(reportIdSchema, "42")).toBeNull());
  it.each(["", "..", "4 2", "-1", "1e3", "9".repeat(19), "42\u0000"])("refuse %j", (value) =>
    expect(problem(reportIdSchema, value)).toBe("must be a report number"),
  );
});

describe("isPathChangingSegment", () => {
  it.each(["", ".", "..", "%2e", "%2E%2e", ".%2E", "%252e%252E", "%25252e"])("finds %j", (value) =>
    expect(isPathChangingSegment(value)).toBe(true),
  );
  it.each(["...", "..a", "a/..", "%2e%2e%2e", "%", "%zz", "@a:b", "!r:b"])("lets %j be", (value) =>
    expect(isPathChangingSegment(value)).toBe(false),
  );
});

describe("every schema for an ID that can end up in a path", () => {
  const schemas = {
    matrixUserIdSchema,
    roomIdSchema,
    roomAliasSchema,
    deviceIdSchema,
    opaqueIdSchema: opaqueIdSchema(),
    reportIdSchema,
    jobId: jobIdSchema.shape.id,
    jobRunId: jobRunIdSchema.shape.runId,
  };
  it.each(Object.entries(schemas))(
    "%s refuses '.', '..', their encodings and empty",
    (_, schema) => {
      // "a/.." stays one segment once encoded, so only whole dot segments are refused.
      for (const value of [".", "..", "%2e%2e", "%2E.", "%252e", "", " "]) {
        expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);
      }
    },
  );
});
