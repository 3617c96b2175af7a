import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { countStaleDevices, findStaleDevices } = await import("./stale-query");
const { staleRuleSchema } = await import("./stale-rule");

const asOf = new Date("2026-06-01T00:00:00Z");
const daysAgo = (days: number) => new Date(asOf.getTime() - days * 86_400_000);

type Seed = { user: string; device: string; seen: number | null; created?: number; type?: string };

/** A completed snapshot holding exactly these rows. */
async function snapshotOf(rows: Seed[]) {
  const snapshot = await db.deviceSnapshot.create({
    data: { runId: randomUUID(), completedAt: asOf },
  });
  await db.deviceRecord.createMany({
    data: rows.map((row) => ({
      snapshotId: snapshot.id,
      userId: row.user,
      deviceId: row.device,
      lastSeenAt: row.seen === null ? null : daysAgo(row.seen),
      userCreatedAt: daysAgo(row.created ?? 400),
      userType: row.type ?? null,
    })),
  });
  return snapshot.id;
}

const keys = (devices: Array<{ userId: string; deviceId: string }>) =>
  devices.map((device) => `${device.userId} ${device.deviceId}`);

describe("stale-device rule on a snapshot", () => {
  const seeds: Seed[] = [
    { user: "@alice:x", device: "A1", seen: 1 },
    { user: "@alice:x", device: "A40", seen: 40 },
    { user: "@alice:x", device: "A100", seen: 100 },
    { user: "@alice:x", device: "ANEVER", seen: null },
    { user: "@bob:x", device: "B200", seen: 200 },
    { user: "@carol:x", device: "C50", seen: 50 },
    { user: "@carol:x", device: "C60", seen: 60 },
    { user: "@newbie:x", device: "NNEVER", seen: null, created: 10 },
    { user: "@newbie:x", device: "N2", seen: 2, created: 10 },
    { user: "@irc-bridge:x", device: "I999", seen: 999 },
    { user: "@irc-bridge:x", device: "I998", seen: 998 },
    { user: "@_discord_1:x", device: "D1", seen: 500 },
    { user: "@_discord_1:x", device: "D2", seen: 501 },
    { user: "@xdiscord_1:x", device: "X1", seen: 500 },
    { user: "@xdiscord_1:x", device: "X2", seen: 501 },
    { user: "@console-bot:x", device: "S1", seen: 300 },
    { user: "@console-bot:x", device: "S2", seen: 301 },
  ];
  const rule = staleRuleSchema.parse({
    olderThanDays: 30,
    neverSeenCreatedBeforeDays: 180,
    keepMostRecent: 1,
    excludeUsers: ["@*-bridge:*", "@_discord_*"],
    onlyUsers: [],
    userContains: null,
  });
  const exclusions = [...rule.excludeUsers, "@console-bot:x"];

  it("lists exactly the stale devices: never used first, then oldest, keeping each user's newest", async () => {
    const snapshotId = await snapshotOf(seeds);
    const query = { snapshotId, rule, asOf, excludeUsers: exclusions };
    // Never used first; then by last use, oldest first.
    expect(keys(await findStaleDevices(query))).toEqual([
      "@alice:x ANEVER",
      "@xdiscord_1:x X2",
      "@alice:x A100",
      "@carol:x C60",
      "@alice:x A40",
    ]);
    // Side by side: 9 old enough of users not excluded (A40, A100, B200, C50, C60, X1, X2 last
    // used long ago; ANEVER never used on an old account), 5 go, 4 are each user's newest kept.
    // NNEVER is left (its account is 10 days old); I99x, D1, D2, S1, S2 are excluded users'.
    expect(await countStaleDevices(query)).toEqual({
      devices: 5,
      users: 3,
      seenOld: 7,
      neverOld: 1,
      neverLeft: 1,
      excluded: 6,
    });
  });

  it("pages through the same list", async () => {
    const snapshotId = await snapshotOf(seeds);
    const query = { snapshotId, rule, asOf, excludeUsers: exclusions };
    const all = keys(await findStaleDevices(query));
    const pages = [
      ...keys(await findStaleDevices(query, { limit: 2, offset: 0 })),
      ...keys(await findStaleDevices(query, { limit: 2, offset: 2 })),
      ...keys(await findStaleDevices(query, { limit: 2, offset: 4 })),
    ];
    expect(pages).toEqual(all);
  });

  it("keeps never-used devices without the never-seen age, and all of a user's with keep 0 off", async () => {
    const snapshotId = await snapshotOf(seeds);
    const strict = { ...rule, neverSeenCreatedBeforeDays: null, keepMostRecent: 0 };
    const query = { snapshotId, rule: strict, asOf, excludeUsers: exclusions };
    expect(keys(await findStaleDevices(query))).toEqual([
      "@xdiscord_1:x X2",
      "@xdiscord_1:x X1",
      "@bob:x B200",
      "@alice:x A100",
      "@carol:x C60",
      "@carol:x C50",
      "@alice:x A40",
    ]);
  });

  it("keeps the M most recent per user", async () => {
    const snapshotId = await snapshotOf(seeds);
    const query = {
      snapshotId,
      rule: { ...rule, keepMostRecent: 2 },
      asOf,
      excludeUsers: exclusions,
    };
    expect(keys(await findStaleDevices(query))).toEqual(["@alice:x ANEVER", "@alice:x A100"]);
  });

  it("narrows to the only-these-users patterns and the user filter (any case)", async () => {
    const snapshotId = await snapshotOf(seeds);
    const only = { ...rule, onlyUsers: ["@alice:x", "@c?rol:*"] };
    const query = { snapshotId, rule: only, asOf, excludeUsers: exclusions };
    expect(keys(await findStaleDevices(query))).toEqual([
      "@alice:x ANEVER",
      "@alice:x A100",
      "@carol:x C60",
      "@alice:x A40",
    ]);
    const filtered = { ...rule, userContains: "DISCORD_" };
    expect(
      keys(await findStaleDevices({ snapshotId, rule: filtered, asOf, excludeUsers: exclusions })),
    ).toEqual(["@xdiscord_1:x X2"]);
    // A LIKE wildcard in the filter is a plain character: "_" does not match any character.
    const literal = { ...rule, userContains: "c_rol" };
    expect(
      await countStaleDevices({ snapshotId, rule: literal, asOf, excludeUsers: exclusions }),
    ).toMatchObject({ devices: 0, seenOld: 0 });
    // An excluded user stays excluded when named.
    const named = { ...rule, onlyUsers: ["@irc-bridge:x"] };
    expect(
      await countStaleDevices({ snapshotId, rule: named, asOf, excludeUsers: exclusions }),
    ).toMatchObject({ devices: 0, excluded: 2 });
  });

  it("takes never-used devices of accounts created today, or of unknown age, only with 0 days", async () => {
    const today = asOf.getTime() - 3_600_000;
    const snapshot = await db.deviceSnapshot.create({
      data: { runId: randomUUID(), completedAt: asOf },
    });
    await db.deviceRecord.createMany({
      data: [
        { userId: "@today:x", deviceId: "T1", lastSeenAt: null, userCreatedAt: new Date(today) },
        { userId: "@today:x", deviceId: "T2", lastSeenAt: null, userCreatedAt: new Date(today) },
        { userId: "@unknown:x", deviceId: "U1", lastSeenAt: null, userCreatedAt: null },
      ].map((row) => ({ ...row, snapshotId: snapshot.id })),
    });
    const base = { snapshotId: snapshot.id, asOf, excludeUsers: [] };
    const oneDay = { ...rule, neverSeenCreatedBeforeDays: 1, keepMostRecent: 0, excludeUsers: [] };
    expect(await countStaleDevices({ ...base, rule: oneDay })).toMatchObject({
      devices: 0,
      neverLeft: 3,
    });
    const anyAge = { ...oneDay, neverSeenCreatedBeforeDays: 0 };
    expect(keys(await findStaleDevices({ ...base, rule: anyAge }))).toEqual([
      "@today:x T1",
      "@today:x T2",
      "@unknown:x U1",
    ]);
    expect(await countStaleDevices({ ...base, rule: anyAge })).toMatchObject({
      devices: 3,
      users: 2,
      neverOld: 3,
      neverLeft: 0,
    });
  });

  it("reads only the given snapshot", async () => {
    await snapshotOf(seeds);
    const empty = await snapshotOf([{ user: "@zed:x", device: "Z1", seen: 5 }]);
    const query = { snapshotId: empty, rule, asOf, excludeUsers: [] };
    expect(await findStaleDevices(query)).toEqual([]);
    expect(await countStaleDevices(query)).toMatchObject({ devices: 0, users: 0 });
  });
});
