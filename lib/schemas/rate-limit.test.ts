import { describe, expect, it } from "vitest";
import { MAX_BURST_COUNT, MAX_MESSAGES_PER_SECOND, rateLimitSchema } from "./user-actions";

const userId = "@bob:example.org";
const custom = (messagesPerSecond: unknown, burstCount: unknown) => ({
  userId,
  limit: { kind: "custom", messagesPerSecond, burstCount },
});
/** Each refused field's path (under `limit`) with its message. */
const problems = (input: unknown) =>
  (rateLimitSchema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join(".")}: ${issue.message}`,
  );

describe("rateLimitSchema", () => {
  it("reads a custom limit typed into the form", () => {
    expect(rateLimitSchema.parse(custom(" 3 ", "7"))).toEqual({
      userId,
      limit: { kind: "custom", messagesPerSecond: 3, burstCount: 7 },
    });
  });

  it("refuses empty fields by name, never reading them as 0 (which Synapse takes as no limit)", () => {
    expect(problems(custom("", " "))).toEqual([
      "limit.messagesPerSecond: must not be empty",
      "limit.burstCount: must not be empty",
    ]);
  });

  it("takes no limit as a choice of its own, ignoring what the number fields hold", () => {
    expect(
      rateLimitSchema.parse({
        userId,
        limit: { kind: "none", messagesPerSecond: "", burstCount: "" },
      }),
    ).toEqual({ userId, limit: { kind: "none" } });
  });

  it("keeps a limit between 1 and its top", () => {
    expect(rateLimitSchema.safeParse(custom(1, 1)).success).toBe(true);
    expect(
      rateLimitSchema.safeParse(custom(MAX_MESSAGES_PER_SECOND, MAX_BURST_COUNT)).success,
    ).toBe(true);
    expect(problems(custom("0", "0"))).toEqual([
      'limit.messagesPerSecond: must be at least 1; to lift the limit, choose "No limit"',
      "limit.burstCount: must be at least 1; a burst of 0 lets no message through",
    ]);
    expect(problems(custom("-1", 5))).toEqual([
      'limit.messagesPerSecond: must be at least 1; to lift the limit, choose "No limit"',
    ]);
    expect(problems(custom(101, 1001))).toEqual([
      'limit.messagesPerSecond: must be at most 100; for more, choose "No limit"',
      'limit.burstCount: must be at most 1000; for more, choose "No limit"',
    ]);
  });

  it.each([["2.5"], ["1e2"], ["5 messages"], [null], [true]])("refuses %j as a number", (value) => {
    expect(problems(custom(value, 5))).toEqual(["limit.messagesPerSecond: must be a whole number"]);
  });

  it("refuses a limit without its kind, or of a kind it does not know", () => {
    expect(rateLimitSchema.safeParse({ userId, limit: { messagesPerSecond: 3 } }).success).toBe(
      false,
    );
    expect(rateLimitSchema.safeParse({ userId, limit: { kind: "unlimited" } }).success).toBe(false);
  });
});
