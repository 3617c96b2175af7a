import { describe, expect, it } from "vitest";
import { describeEntry, type DescribableEntry } from "./describe-entry";

const entry = (action: string, input: unknown): DescribableEntry => ({
  action,
  targetType: "user",
  targetId: "@bob:example.org",
  input,
  result: null,
  outcome: "success",
  errorMessage: null,
  changes: null,
});

describe("sentences of server notices", () => {
  it("says who got which notice, cut to a line", () => {
    expect(
      describeEntry(
        entry("user.send_server_notice", { userId: "@bob:example.org", body: "Hi\nthere" }),
      ),
    ).toBe("sent a server notice to @bob:example.org: “Hi there”");
    const long = "x".repeat(100);
    expect(describeEntry(entry("user.send_server_notice", { body: long }))).toBe(
      `sent a server notice to @bob:example.org: “${"x".repeat(59)}…”`,
    );
  });

  it("says how many selected users, or which filters, a notice to many went to", () => {
    expect(
      describeEntry(
        entry("user.bulk_server_notice", { recipients: { userIds: ["@a:x", "@b:x"] }, body: "Hi" }),
      ),
    ).toBe("started sending a server notice to 2 users: “Hi”");
    expect(
      describeEntry(
        entry("user.bulk_server_notice", { recipients: { matching: { q: "ops" } }, body: "Hi" }),
      ),
    ).toBe(
      "started sending a server notice to every user matching “ops” and the list's filters: “Hi”",
    );
    expect(
      describeEntry(entry("user.bulk_server_notice", { recipients: { matching: {} }, body: "Hi" })),
    ).toBe("started sending a server notice to every user matching the list's filters: “Hi”");
  });
});
