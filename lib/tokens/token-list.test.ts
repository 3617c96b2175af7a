import { describe, expect, it } from "vitest";
import { parseTokenListSearch, toTokenListQuery } from "./list-search";
import { rotationStateOf } from "./rotation-state";
import {
  filterTokenAccounts,
  pageOf,
  summarizeTokenAccounts,
  tokenFiguresOf,
  type AuditedToken,
  type TokenAccount,
} from "./token-list";

const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (count: number) => new Date(now.getTime() - count * 24 * 60 * 60 * 1000);

function account(userId: string, changes: Partial<TokenAccount> = {}): TokenAccount {
  return {
    userId,
    isBot: false,
    managed: null,
    rotation: null,
    schedule: null,
    revocations: null,
    warnings: [],
    ...changes,
  };
}

function managed(issued: Date | null, maxTokenAgeDays = 30): Partial<TokenAccount> {
  return {
    managed: {
      maxTokenAgeDays,
      graceMinutes: 60,
      webhookUrl: null,
      webhookAllowPrivate: false,
      tokenUnseen: false,
      holdsToken: issued !== null,
      tokenIssuedAt: issued?.toISOString() ?? null,
      lastRotationAt: issued?.toISOString() ?? null,
      lastRotationOk: issued ? true : null,
      currentDeviceId: null,
    },
    rotation: rotationStateOf(
      { maxTokenAgeDays, tokenIssuedAt: issued, lastRotationOk: null },
      now,
    ),
  };
}

const overdue = { deviceId: "OLD", dueAt: daysAgo(1).toISOString(), reason: "x", runId: null };

describe("rotation state", () => {
  it("is due before the first rotation, past the max age, and after a failed rotation", () => {
    const facts = { maxTokenAgeDays: 30, lastRotationOk: true };
    expect(rotationStateOf({ ...facts, tokenIssuedAt: null }, now).due).toBe(true);
    expect(rotationStateOf({ ...facts, tokenIssuedAt: daysAgo(31) }, now).due).toBe(true);
    expect(rotationStateOf({ ...facts, tokenIssuedAt: daysAgo(29) }, now)).toEqual({
      due: false,
      dueAt: "2026-11-25T12:00:00.000Z",
      lastFailed: false,
    });
    const failed = { ...facts, lastRotationOk: false, tokenIssuedAt: daysAgo(1) };
    expect(rotationStateOf(failed, now)).toMatchObject({ due: true, lastFailed: true });
  });
});

describe("token list", () => {
  const accounts = [
    account("@alpha-bot:example.org", { isBot: true }),
    account("@beta:example.org", managed(daysAgo(10))),
    account("@gamma-bot:example.org", { isBot: true, ...managed(daysAgo(40)) }),
    account("@delta:example.org", {
      revocations: { waiting: 2, nextDueAt: null, overdue: [overdue, overdue] },
    }),
  ];
  const ids = (list: TokenAccount[]) => list.map((item) => item.userId);
  const all = { q: "", kind: "all", due: false } as const;

  it("filters by a part of the user ID, whatever its case", () => {
    expect(ids(filterTokenAccounts(accounts, { ...all, q: "BOT" }))).toEqual([
      "@alpha-bot:example.org",
      "@gamma-bot:example.org",
    ]);
  });

  it("filters by kind, and 'due only' keeps due rotations and overdue revocations", () => {
    expect(ids(filterTokenAccounts(accounts, { ...all, kind: "managed" }))).toEqual([
      "@beta:example.org",
      "@gamma-bot:example.org",
    ]);
    expect(ids(filterTokenAccounts(accounts, { ...all, kind: "pending" }))).toEqual([
      "@delta:example.org",
    ]);
    expect(ids(filterTokenAccounts(accounts, { ...all, due: true }))).toEqual([
      "@gamma-bot:example.org",
      "@delta:example.org",
    ]);
    expect(ids(filterTokenAccounts(accounts, { q: "beta", kind: "bot", due: false }))).toEqual([]);
  });

  it("sums up accounts, due rotations, overdue revocations and the oldest issued token", () => {
    expect(summarizeTokenAccounts(accounts)).toEqual({
      accounts: 4,
      bots: 2,
      managed: 2,
      due: 1,
      overdueRevocations: 2,
      oldestIssuedAt: daysAgo(40).toISOString(),
    });
    expect(summarizeTokenAccounts([]).oldestIssuedAt).toBeNull();
  });

  it("pages the list, showing the last page for a page past the end", () => {
    const items = Array.from({ length: 12 }, (_, index) => index);
    expect(pageOf(items, 2, 5)).toEqual({
      rows: [5, 6, 7, 8, 9],
      page: 2,
      pages: 3,
      from: 5,
      total: 12,
    });
    expect(pageOf(items, 9, 5)).toMatchObject({ rows: [10, 11], page: 3 });
    expect(pageOf([], 1, 5)).toEqual({ rows: [], page: 1, pages: 1, from: 0, total: 0 });
  });

  it("counts a row's tokens with the earliest start of an age and the latest use", () => {
    const token = (id: string, since: string | null, lastUsedAt: string | null): AuditedToken => ({
      id,
      kind: "device",
      displayName: null,
      since,
      sinceBasis: "last_seen",
      lastUsedAt,
      lastIp: null,
      warnings: [],
    });
    const tokens = [
      token("A", "2026-11-20T00:00:00.000Z", "2026-11-20T00:00:00.000Z"),
      token("B", null, null),
      token("C", "2026-11-01T00:00:00.000Z", "2026-11-23T00:00:00.000Z"),
    ];
    expect(tokenFiguresOf(tokens)).toEqual({
      count: 3,
      oldest: { since: "2026-11-01T00:00:00.000Z", sinceBasis: "last_seen" },
      lastUsedAt: "2026-11-23T00:00:00.000Z",
    });
    expect(tokenFiguresOf([])).toEqual({ count: 0, oldest: null, lastUsedAt: null });
  });
});

describe("token list search", () => {
  it("reads the URL, falling back on anything it does not know", () => {
    expect(parseTokenListSearch({})).toEqual({
      q: "",
      kind: "all",
      due: false,
      unused: 30,
      page: 1,
      limit: 50,
    });
    expect(
      parseTokenListSearch({
        q: " bot ",
        kind: "nope",
        due: "1",
        unused: "-3",
        page: "x",
        limit: "7",
      }),
    ).toEqual({ q: "bot", kind: "all", due: true, unused: 30, page: 1, limit: 50 });
  });

  it("takes the page size from the URL, else the reader's choice", () => {
    expect(parseTokenListSearch({ limit: "25" }, 100).limit).toBe(25);
    expect(parseTokenListSearch({ limit: "7" }, 100).limit).toBe(100);
    expect(parseTokenListSearch({}, 100).limit).toBe(100);
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    const search = parseTokenListSearch({});
    expect(toTokenListQuery(search)).toBe("");
    const changed = {
      ...search,
      q: "bot",
      kind: "managed" as const,
      due: true,
      limit: 25 as const,
      page: 2,
    };
    const query = toTokenListQuery(changed);
    expect(query).toBe("?q=bot&kind=managed&due=1&limit=25&page=2");
    expect(parseTokenListSearch(Object.fromEntries(new URLSearchParams(query)))).toEqual(changed);
  });
});
