import { describe, expect, it } from "vitest";
import {
  mediaUsersRangeProblem,
  parseMediaUsersSearch,
  toMediaUsersQuery,
  toUsersMediaParams,
} from "./media-statistics";

describe("the users-by-media table's URL state", () => {
  it("defaults to the largest users first, at the reader's page size", () => {
    const search = parseMediaUsersSearch({}, 25);
    expect(toUsersMediaParams(search)).toEqual({
      from: 0,
      limit: 25,
      order_by: "media_length",
      dir: "b",
    });
    expect(toMediaUsersQuery(search)).toBe("?limit=25");
    expect(toMediaUsersQuery(parseMediaUsersSearch({}))).toBe("");
  });

  it("takes a page size the URL names over the reader's own", () => {
    expect(parseMediaUsersSearch({ limit: "100" }, 25).limit).toBe(100);
  });

  it("falls back on bad values instead of failing the page", () => {
    const search = parseMediaUsersSearch(
      { sort: "size; drop", dir: "up", limit: "7", from: "-3", since: "yesterday" },
      100,
    );
    expect(search).toMatchObject({
      sort: "media_length",
      dir: "desc",
      limit: 100,
      from: 0,
      since: "",
    });
  });

  it("asks Synapse for whole UTC days and the search term, and keeps them in links", () => {
    const search = parseMediaUsersSearch({
      q: "bob",
      since: "2026-11-01",
      until: "2026-11-30",
      sort: "media_count",
    });
    expect(toUsersMediaParams(search)).toMatchObject({
      search_term: "bob",
      from_ts: Date.parse("2026-11-01T00:00:00Z"),
      until_ts: Date.parse("2026-12-01T00:00:00Z") - 1,
      order_by: "media_count",
    });
    expect(toMediaUsersQuery(search, { from: 20 })).toBe(
      "?sort=media_count&from=20&q=bob&since=2026-11-01&until=2026-11-30",
    );
  });

  it("refuses a range that ends before it starts", () => {
    expect(
      mediaUsersRangeProblem(parseMediaUsersSearch({ since: "2026-11-02", until: "2026-11-01" })),
    ).toMatch(/must be the same day/);
    expect(
      mediaUsersRangeProblem(parseMediaUsersSearch({ since: "2026-11-01", until: "2026-11-01" })),
    ).toBeNull();
  });
});
