import { describe, expect, it } from "vitest";
import { listRange } from "./list-range";

describe("listRange", () => {
  it("names the range shown and the total, grouping thousands", () => {
    expect(listRange({ noun: "room", first: 26, shown: 25, total: 1204 })).toBe(
      "Rooms 26–50 of 1,204",
    );
    expect(listRange({ noun: "room", first: 1, shown: 1, total: 1 })).toBe("Room 1 of 1");
  });

  it("says what the total matches when the list is filtered", () => {
    expect(listRange({ noun: "member", first: 1, shown: 3, total: 3, filter: "“bo”" })).toBe(
      "Members 1–3 of 3 matching “bo”",
    );
  });

  it("says there are none, or none that match, instead of a range of zero", () => {
    expect(listRange({ noun: "room", first: 1, shown: 0, total: 0 })).toBe("No rooms");
    expect(listRange({ noun: "room", first: 1, shown: 0, total: 0, filter: "“lobby”" })).toBe(
      "No rooms match “lobby”",
    );
    expect(listRange({ noun: "entry", plural: "entries", first: 1, shown: 0, total: 0 })).toBe(
      "No entries",
    );
  });

  it("on a page past the end, says how many there are", () => {
    expect(listRange({ noun: "report", first: 101, shown: 0, total: 1 })).toBe(
      "No reports on this page; 1 report in all",
    );
    expect(listRange({ noun: "room", first: 51, shown: 0, total: 7, filter: "the filters" })).toBe(
      "No rooms on this page; 7 rooms matching the filters",
    );
  });
});
