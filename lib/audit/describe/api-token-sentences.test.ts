import { describe, expect, it } from "vitest";
import { describeEntry, type DescribableEntry } from "./describe-entry";

const entry = (action: string, input: unknown, result: unknown): DescribableEntry => ({
  action,
  targetType: "console",
  targetId: "4b1c0a52-7d7e-4a8e-9a3c-0d3c5f6e7a81",
  input,
  result,
  outcome: "success",
  errorMessage: null,
  changes: null,
});

describe("API token sentences", () => {
  it("name the token, its role and lifetime, never the token itself", () => {
    expect(
      describeEntry(
        entry(
          "api_token.create",
          { name: "nightly", role: "viewer", expiresInDays: 30 },
          { token: "[redacted]", name: "nightly" },
        ),
      ),
    ).toBe('created the API token "nightly" for the viewer role, valid for 30 days');
    expect(describeEntry(entry("api_token.revoke", { id: "4b1c…" }, { name: "nightly" }))).toBe(
      'revoked the API token "nightly"',
    );
    // A revoke that failed has no result: the target's ID stands in for the name.
    expect(describeEntry(entry("api_token.revoke", {}, null))).toBe(
      "revoked the API token 4b1c0a52-7d7e-4a8e-9a3c-0d3c5f6e7a81",
    );
  });
});
