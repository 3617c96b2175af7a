import { describe, expect, it } from "vitest";
import { historySearchString, parseHistoryFilter } from "./history-filter";

describe("parseHistoryFilter", () => {
  it("refuses a cursor too large for an entry ID instead of failing the query", () => {
    expect(parseHistoryFilter({ before: "9999999999999999999" })).toEqual({
      ok: false,
      problems: [{ field: "before", message: "an entry ID" }],
    });
    expect(parseHistoryFilter({ before: "abc" })).toMatchObject({ ok: false });
    expect(parseHistoryFilter({ before: "9223372036854775807" })).toMatchObject({ ok: true });
  });

  it("round-trips through the URL", () => {
    const parsed = parseHistoryFilter({ actor: "@a:example.org", action: "user.", before: "42" });
    expect(parsed.ok && historySearchString(parsed.filter)).toBe(
      "?actor=%40a%3Aexample.org&action=user.&before=42",
    );
  });
});
