import { describe, expect, it } from "vitest";
import { parseTimelineSearch, timelineAnchor, timelineHref } from "./room-timeline";

const ROOM = "!abc:example.org";
const TOKEN = "t13-14_0_0_0_0_0_0_0_0_0_0_0_0_0";

describe("the timeline's URL state", () => {
  it("starts at the newest events with every event, 50 a page, and writes no defaults back", () => {
    const search = parseTimelineSearch({});
    expect(search).toEqual({ dir: "b", show: "all", limit: 50 });
    expect(timelineAnchor(search)).toEqual({ kind: "newest" });
    expect(timelineHref(ROOM, search)).toBe("/rooms/!abc%3Aexample.org/timeline");
  });

  it("keeps Synapse's token and direction, and the view, in links", () => {
    const search = parseTimelineSearch({ from: TOKEN, dir: "f", show: "messages", limit: "10" });
    const anchor = timelineAnchor(search);
    expect(anchor).toEqual({ kind: "token", from: TOKEN, dir: "f" });
    expect(timelineHref(ROOM, search, anchor)).toBe(
      `/rooms/!abc%3Aexample.org/timeline?from=${TOKEN}&dir=f&show=messages&limit=10`,
    );
    expect(parseTimelineSearch({ from: "s72594_4483_1934" }).from).toBe("s72594_4483_1934");
  });

  it("reads a date in ms and an event ID; a token wins over both, a date over an event", () => {
    expect(timelineAnchor(parseTimelineSearch({ at: "1700000000000" }))).toEqual({
      kind: "date",
      at: 1_700_000_000_000,
    });
    expect(timelineAnchor(parseTimelineSearch({ event: "$Ab-c_d+e/f=" }))).toEqual({
      kind: "event",
      eventId: "$Ab-c_d+e/f=",
    });
    expect(
      timelineAnchor(parseTimelineSearch({ at: "1700000000000", event: "$x", from: TOKEN })).kind,
    ).toBe("token");
    expect(timelineAnchor(parseTimelineSearch({ at: "1700000000000", event: "$x" })).kind).toBe(
      "date",
    );
    const href = timelineHref(ROOM, parseTimelineSearch({}), { kind: "event", eventId: "$a/b" });
    expect(href).toBe("/rooms/!abc%3Aexample.org/timeline?event=%24a%2Fb");
  });

  it("drops what a hand-edited URL may hold instead of passing it to Synapse", () => {
    expect(
      parseTimelineSearch({
        from: "../../admin?x=1",
        dir: "sideways",
        at: "yesterday",
        event: "not-an-event",
        show: "secrets",
        limit: "100000",
      }),
    ).toEqual({ dir: "b", show: "all", limit: 50 });
    expect(parseTimelineSearch({ at: "-5" }).at).toBeUndefined();
    expect(parseTimelineSearch({ from: ["t1-1_0", "t2-2_0"] }).from).toBe("t1-1_0");
  });
});
