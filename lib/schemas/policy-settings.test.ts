import { describe, expect, it } from "vitest";
import { policySettingsSchema } from "./policy-settings";

const valid = {
  sourceUrl: "https://hr.example.org/policy.json",
  sourceAllowPrivate: false,
  sourceAuth: "replace",
  sourceToken: "s3cret",
  guardCount: 10,
  guardPercent: 10,
};

const refusedFields = (input: unknown) => {
  const result = policySettingsSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((issue) => issue.path.join("."));
};

describe("policy settings input", () => {
  it("takes a full setting, and no URL at all", () => {
    expect(refusedFields(valid)).toBeNull();
    expect(
      refusedFields({ ...valid, sourceUrl: "", sourceAuth: "none", sourceToken: "" }),
    ).toBeNull();
  });

  it.each([
    ["text that is no URL", { sourceUrl: "not a url" }, "sourceUrl"],
    ["a URL with a password", { sourceUrl: "https://u:p@example.org/p.json" }, "sourceUrl"],
    ["plain http without the allowance", { sourceUrl: "http://example.org/p.json" }, "sourceUrl"],
    ["ftp", { sourceUrl: "ftp://example.org/p.json", sourceAllowPrivate: true }, "sourceUrl"],
    ["a new token left empty", { sourceToken: " " }, "sourceToken"],
    ["a token without 'set a new token'", { sourceAuth: "keep" }, "sourceToken"],
    ["a token with a control character", { sourceToken: "a\u0000b" }, "sourceToken"],
    ["a guard above 100 %", { guardPercent: 101 }, "guardPercent"],
    ["a negative guard", { guardCount: -1 }, "guardCount"],
    ["a guard that is no whole number", { guardCount: 2.5 }, "guardCount"],
  ])("refuses %s on its field", (_what, change, field) => {
    expect(refusedFields({ ...valid, ...change })).toContain(field);
  });

  it("refuses wrong types without throwing", () => {
    for (const change of [
      { sourceUrl: 5 },
      { sourceToken: 5 },
      { sourceAuth: "maybe" },
      { sourceAllowPrivate: "yes" },
    ]) {
      expect(refusedFields({ ...valid, ...change })?.length).toBeGreaterThan(0);
    }
    expect(refusedFields(null)?.length).toBeGreaterThan(0);
  });

  it("allows plain http and private addresses only with the allowance", () => {
    expect(
      refusedFields({ ...valid, sourceUrl: "http://10.0.0.5/p.json", sourceAllowPrivate: true }),
    ).toBeNull();
  });
});
