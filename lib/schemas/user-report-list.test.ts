import { describe, expect, it } from "vitest";
import {
  parseUserReportListSearch,
  toListUserReportsParams,
  toUserReportListQuery,
} from "./user-report-list";

describe("the user reports list's URL state", () => {
  it("turns the filters into Synapse's query: reported user, reporter, order and offset", () => {
    const search = parseUserReportListSearch({
      target: " @spammer:example.org ",
      reporter: "@alice",
      dir: "asc",
      from: "50",
      limit: "100",
    });
    expect(toListUserReportsParams(search)).toEqual({
      from: 50,
      limit: 100,
      dir: "f",
      target_user_id: "@spammer:example.org",
      user_id: "@alice",
    });
    expect(toUserReportListQuery(search, { from: 0 })).toBe(
      "?target=%40spammer%3Aexample.org&reporter=%40alice&limit=100&dir=asc",
    );
  });

  it("falls back to the defaults for a hand-edited URL instead of failing the page", () => {
    const search = parseUserReportListSearch({
      from: "-3",
      limit: "7",
      dir: "sideways",
      target: "",
      reporter: "a\u0000b",
    });
    expect(search).toEqual({
      from: 0,
      limit: 50,
      dir: "desc",
      target: undefined,
      reporter: undefined,
    });
    expect(toListUserReportsParams(search)).toMatchObject({ dir: "b", from: 0, limit: 50 });
    expect(toUserReportListQuery(search)).toBe("");
  });
});
