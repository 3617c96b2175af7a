import { beforeEach, describe, expect, it, vi } from "vitest";

// Module state is per tab: each test loads its own copy.
let copies: typeof import("./page-copies");
beforeEach(async () => {
  vi.resetModules();
  copies = await import("./page-copies");
});

const T = 1_000_000;

describe("showsOldCopy", () => {
  it("is false for a page never fetched ahead, however long ago it showed", () => {
    expect(copies.showsOldCopy("/users", T)).toBe(false);
    expect(copies.showsOldCopy("/users", T + 20_000)).toBe(false);
  });

  it("is false for a copy fetched ahead up to 5 s before, true after", () => {
    copies.noteFetchedAhead("/users", T);
    expect(copies.showsOldCopy("/users", T + 5_000)).toBe(false);
    copies.noteFetchedAhead("/rooms", T);
    expect(copies.showsOldCopy("/rooms", T + 5_001)).toBe(true);
  });

  it("counts from the page's last showing when the router answered the fetch with that copy", () => {
    expect(copies.showsOldCopy("/settings", T)).toBe(false);
    copies.noteFetchedAhead("/settings", T + 20_000);
    expect(copies.showsOldCopy("/settings", T + 21_000)).toBe(true);
  });

  it("keeps the first time when the same page is asked for again while the router keeps it", () => {
    copies.noteFetchedAhead("/jobs", T);
    copies.noteFetchedAhead("/jobs", T + 25_000);
    expect(copies.showsOldCopy("/jobs", T + 26_000)).toBe(true);
  });

  it("forgets a fetch a minute on: the page is then fresh from the server", () => {
    copies.noteFetchedAhead("/history", T);
    expect(copies.showsOldCopy("/history", T + 60_000)).toBe(false);
  });

  it("tells pages apart by their query", () => {
    copies.noteFetchedAhead("/users?q=a", T);
    expect(copies.showsOldCopy("/users", T + 10_000)).toBe(false);
    expect(copies.showsOldCopy("/users?q=a", T + 10_000)).toBe(true);
  });

  it("takes a query however it is spelled: a link's %20 is the address bar's +", () => {
    copies.noteFetchedAhead("/history?actor=a%20b", T);
    expect(copies.showsOldCopy("/history?actor=a+b", T + 10_000)).toBe(true);
  });
});

describe("refreshShownPage", () => {
  it("refreshes at most once in 5 s, and forgets the copies a refresh drops", () => {
    const router = { refresh: vi.fn() };
    copies.noteFetchedAhead("/users", T);
    copies.refreshShownPage(router, T + 6_000);
    copies.refreshShownPage(router, T + 10_000);
    expect(router.refresh).toHaveBeenCalledTimes(1);
    expect(copies.showsOldCopy("/users", T + 12_000)).toBe(false);
    copies.refreshShownPage(router, T + 11_001);
    expect(router.refresh).toHaveBeenCalledTimes(2);
  });
});
