import { describe, expect, it } from "vitest";
import { parseDestinationListSearch } from "./destination-list";
import { parseEventReportListSearch } from "./event-report-list";
import { parseMediaUsersSearch } from "./media-statistics";
import { DEFAULT_PAGE_SIZE, lastPageOffset, pageSizeSchema } from "./page-size";
import { parseRoomListSearch } from "./room-list";
import { parseUserListSearch, toUserListQuery } from "./user-list";
import { parseUserReportListSearch } from "./user-report-list";

const sizeOf = {
  users: (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseUserListSearch(raw, chosen).limit,
  rooms: (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseRoomListSearch({ ...raw, ...(raw.limit ? { size: raw.limit } : {}) }, chosen).size,
  "event reports": (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseEventReportListSearch(raw, chosen).limit,
  "user reports": (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseUserReportListSearch(raw, chosen).limit,
  destinations: (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseDestinationListSearch(raw, chosen).limit,
  "media statistics": (raw: Record<string, string>, chosen?: 25 | 50 | 100) =>
    parseMediaUsersSearch(raw, chosen).limit,
};

describe("one page size for every list", () => {
  for (const [list, size] of Object.entries(sizeOf)) {
    it(`${list}: 50 by default, the reader's choice without a size in the URL, the URL's when valid`, () => {
      expect(size({})).toBe(DEFAULT_PAGE_SIZE);
      expect(size({}, 100)).toBe(100);
      expect(size({ limit: "25" }, 100)).toBe(25);
      expect(size({ limit: "7" }, 100)).toBe(100);
    });
  }

  it("keeps links short at the default and carries any other size", () => {
    expect(toUserListQuery(parseUserListSearch({}))).toBe("");
    expect(toUserListQuery(parseUserListSearch({}, 100))).toBe("?limit=100");
  });

  it("refuses a size nobody may choose, with a sentence", () => {
    expect(pageSizeSchema.safeParse("100").success).toBe(true);
    expect(pageSizeSchema.safeParse(30).error?.issues[0]?.message).toBe(
      "Choose 25, 50, 100 rows per page.",
    );
  });
});

describe("the last page's offset", () => {
  it("starts the last, possibly partial, page; an empty list has only the first", () => {
    expect(lastPageOffset(51, 25)).toBe(50);
    expect(lastPageOffset(50, 25)).toBe(25);
    expect(lastPageOffset(1, 25)).toBe(0);
    expect(lastPageOffset(0, 25)).toBe(0);
  });
});
