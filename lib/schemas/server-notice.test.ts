import { describe, expect, it } from "vitest";
import { noticeRecipientsSchema, userBulkParamsSchema } from "./bulk-user-actions";
import { matchingUsersQuery, noticeBodySchema, userListFiltersSchema } from "./server-notice";
import { parseUserListSearch } from "./user-list";
import { filtersOf } from "./server-notice";

const EVERYONE = {
  admins: false,
  guests: false,
  hideLocked: false,
  type: "all",
  deactivated: "active",
} as const;

describe("the text of a server notice", () => {
  it("keeps lines, trims the ends, and refuses empty, too long or control characters", () => {
    expect(noticeBodySchema.parse("  Line one\nLine two\t!  ")).toBe("Line one\nLine two\t!");
    expect(noticeBodySchema.safeParse("   ").error?.issues[0]?.message).toBe("must not be empty");
    expect(noticeBodySchema.safeParse("x".repeat(8001)).success).toBe(false);
    expect(noticeBodySchema.safeParse("x".repeat(8000)).success).toBe(true);
    expect(noticeBodySchema.safeParse("bell\u0007").success).toBe(false);
  });
});

describe("the filters of a notice to every matching user", () => {
  it("refuses values that do not fit instead of falling back to no filter", () => {
    expect(userListFiltersSchema.safeParse({ ...EVERYONE, deactivated: "sometimes" }).success).toBe(
      false,
    );
    expect(userListFiltersSchema.safeParse({ ...EVERYONE, type: "robot" }).success).toBe(false);
    expect(userListFiltersSchema.safeParse({ ...EVERYONE, admins: "1" }).success).toBe(false);
    expect(userListFiltersSchema.safeParse({ ...EVERYONE, q: "a\u0000b" }).success).toBe(false);
    expect(userListFiltersSchema.safeParse({ ...EVERYONE, sort: "name" }).success).toBe(false);
    expect(userListFiltersSchema.safeParse({ type: "all" }).success).toBe(false);
  });

  it("are the list's own filters, without its paging and sort", () => {
    const search = parseUserListSearch({
      q: "ops",
      from: "50",
      sort: "last_seen_ts",
      hideLocked: "1",
    });
    expect(filtersOf(search)).toEqual({ ...EVERYONE, hideLocked: true, q: "ops" });
    expect(userListFiltersSchema.parse(filtersOf(search))).toEqual(filtersOf(search));
  });

  it("ask Synapse for pages of 100, oldest account first, with the list's filters", () => {
    expect(matchingUsersQuery({ ...EVERYONE, q: "ops", type: "bot" }, 200)).toEqual({
      from: 200,
      limit: 100,
      name: "ops",
      order_by: "creation_ts",
      dir: "f",
      admins: undefined,
      guests: false,
      locked: true,
      not_user_type: ["", "support"],
      deactivated: false,
    });
  });

  it("are one of the two kinds of recipients, never both", () => {
    expect(noticeRecipientsSchema.safeParse({ userIds: ["@a:example.org"] }).success).toBe(true);
    expect(noticeRecipientsSchema.safeParse({ matching: EVERYONE }).success).toBe(true);
    expect(
      noticeRecipientsSchema.safeParse({ userIds: ["@a:example.org"], matching: EVERYONE }).success,
    ).toBe(false);
    expect(noticeRecipientsSchema.safeParse({ userIds: [] }).success).toBe(false);
  });

  it("make a user_bulk job's parameters with the text and who asked", () => {
    const params = {
      change: "server_notice",
      recipients: { matching: EVERYONE },
      body: "Hello",
      requestedByRole: "operator",
    };
    expect(userBulkParamsSchema.parse(params)).toEqual({
      ...params,
      recipients: { matching: { ...EVERYONE, q: undefined } },
    });
  });
});
