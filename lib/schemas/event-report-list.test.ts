import { describe, expect, it } from "vitest";
import {
  parseEventReportListSearch,
  toEventReportListQuery,
  toListEventReportsParams,
} from "./event-report-list";

describe("event report list search", () => {
  it("falls back to the defaults for missing or bad values", () => {
    expect(parseEventReportListSearch({ from: "-3", limit: "7", dir: "up", room: "" })).toEqual({
      from: 0,
      limit: 50,
      dir: "desc",
      room: undefined,
      reporter: undefined,
      sender: undefined,
    });
  });

  it("maps the filters to Synapse's parameter names", () => {
    const search = parseEventReportListSearch({
      room: " !abc:example.org ",
      reporter: "@alice:example.org",
      sender: ["@bob:example.org", "@eve:example.org"],
      dir: "asc",
      from: "50",
      limit: "50",
    });
    expect(toListEventReportsParams(search)).toEqual({
      from: 50,
      limit: 50,
      dir: "f",
      room_id: "!abc:example.org",
      user_id: "@alice:example.org",
      event_sender_user_id: "@bob:example.org",
    });
  });

  it("writes only what differs from the defaults back to the URL", () => {
    const search = parseEventReportListSearch({ room: "!abc:example.org", from: "25" });
    expect(toEventReportListQuery(search)).toBe("?room=%21abc%3Aexample.org&from=25");
    expect(toEventReportListQuery(search, { from: 0 })).toBe("?room=%21abc%3Aexample.org");
    expect(toEventReportListQuery(parseEventReportListSearch({}))).toBe("");
  });
});
