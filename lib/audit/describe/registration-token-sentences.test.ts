import { describe, expect, it } from "vitest";
import { describeEntry, type DescribableEntry } from "./describe-entry";

const entry = (action: string, input: unknown): DescribableEntry => ({
  action,
  targetType: "homeserver",
  targetId: "registration tokens",
  input,
  result: null,
  outcome: "success",
  errorMessage: null,
  changes: null,
});

describe("registration token sentences", () => {
  it("say the limits set, and only those an update changed", () => {
    const at = Date.UTC(2031, 0, 2, 3, 4);
    expect(
      describeEntry(
        entry("registration_token.create", { token: "[redacted]", usesAllowed: 1, expiresAt: at }),
      ),
    ).toBe("created a registration token (1 use, expiring 2031-01-02 03:04 UTC)");
    expect(
      describeEntry(
        entry("registration_token.create", { length: 16, usesAllowed: null, expiresAt: null }),
      ),
    ).toBe("created a registration token (unlimited uses, never expiring)");
    expect(
      describeEntry(entry("registration_token.update", { token: "[redacted]", usesAllowed: 5 })),
    ).toBe("changed a registration token to 5 uses");
    expect(
      describeEntry(entry("registration_token.update", { token: "[redacted]", expiresAt: null })),
    ).toBe("changed a registration token to never expiring");
    expect(describeEntry(entry("registration_token.delete", { token: "[redacted]" }))).toBe(
      "deleted a registration token",
    );
  });
});
