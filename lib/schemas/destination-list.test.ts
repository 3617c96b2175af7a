import { describe, expect, it } from "vitest";
import {
  parseDestinationListSearch,
  toDestinationListQuery,
  toListDestinationsParams,
} from "./destination-list";

describe("the destinations table's URL state", () => {
  it("reads defaults from an empty URL and writes none back", () => {
    const search = parseDestinationListSearch({});
    expect(search).toEqual({ from: 0, limit: 50, sort: "destination", dir: "asc" });
    expect(toDestinationListQuery(search)).toBe("");
    expect(toListDestinationsParams(search)).toEqual({
      from: 0,
      limit: 50,
      order_by: "destination",
      dir: "f",
    });
  });

  it("keeps a sort, direction and page, and turns them into Synapse's query", () => {
    const search = parseDestinationListSearch({ sort: "failure_ts", dir: "desc", from: "50" });
    expect(toListDestinationsParams(search)).toMatchObject({ order_by: "failure_ts", dir: "b" });
    expect(toDestinationListQuery(search, { from: 75 })).toBe("?sort=failure_ts&dir=desc&from=75");
  });

  it("falls back on values a hand-edited URL may hold", () => {
    expect(
      parseDestinationListSearch({ sort: "password", dir: "up", from: "-3", limit: "7" }),
    ).toEqual({ from: 0, limit: 50, sort: "destination", dir: "asc" });
  });
});
