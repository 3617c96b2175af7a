import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { requireEnv } from "@/lib/testing/integration-env";
import { createSignInThrottleStore } from "./sign-in-throttle-store";
import { FORGET_AFTER_MS, THROTTLE_RULES } from "./sign-in-throttle-policy";

// Two console instances are two Prisma clients, each with its own connection pool, on one database.
const instanceA = createDb(requireEnv("DATABASE_URL"));
const instanceB = createDb(requireEnv("DATABASE_URL"));
const storeA = createSignInThrottleStore(instanceA);
const storeB = createSignInThrottleStore(instanceB);

afterAll(async () => {
  await instanceA.$disconnect();
  await instanceB.$disconnect();
});

const MINUTE = 60_000;
const unique = () => randomBytes(4).toString("hex");
const keysFor = () => ({
  account: `@throttle-${unique()}:localhost`,
  address: `198.51.100.${randomBytes(1)[0]}-${unique()}`,
});
const { maxFailures } = THROTTLE_RULES.account;

describe("the sign-in throttle's counters in PostgreSQL", () => {
  it("add up failures from two instances and lock the account on both", async () => {
    const keys = keysFor();
    const now = new Date();
    for (let i = 0; i < maxFailures; i++) {
      const store = i % 2 === 0 ? storeA : storeB;
      expect(await store.claim(keys, now)).toEqual({ allowed: true });
      await store.settle(keys, "failure", now);
    }
    for (const store of [storeA, storeB]) {
      expect(await store.claim(keys, now)).toMatchObject({
        allowed: false,
        scope: "account",
        retryAfterMs: THROTTLE_RULES.account.firstLockoutMs,
      });
    }
    // The same account from another address is locked too; another account from there is not.
    expect(await storeB.claim({ ...keys, address: `other-${unique()}` }, now)).toMatchObject({
      allowed: false,
      scope: "account",
    });
    expect(await storeB.claim({ ...keysFor(), address: keys.address }, now)).toEqual({
      allowed: true,
    });
  });

  it("lets at most the window's failures through when both instances claim at once", async () => {
    const keys = keysFor();
    const claims = await Promise.all(
      Array.from({ length: 4 * maxFailures }, (_, i) => (i % 2 ? storeA : storeB).claim(keys)),
    );
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(maxFailures);
  });

  it("forgets an account's failures after a success, and gives back an attempt without verdict", async () => {
    const keys = keysFor();
    const fail = async (times: number) => {
      for (let i = 0; i < times; i++) {
        expect((await storeA.claim(keys)).allowed).toBe(true);
        await storeB.settle(keys, "failure");
      }
    };
    await fail(maxFailures - 1);
    expect((await storeA.claim(keys)).allowed).toBe(true);
    await storeA.settle(keys, "success");
    await fail(maxFailures - 1);
    for (let i = 0; i < 3; i++) {
      expect((await storeB.claim(keys)).allowed).toBe(true);
      await storeB.settle(keys, "no_verdict");
    }
    const row = await instanceA.signInThrottle.findUniqueOrThrow({
      where: {
        homeserverId_scope_key: { homeserverId: "default", scope: "account", key: keys.account },
      },
    });
    expect(row).toMatchObject({ failures: maxFailures - 1, lockedUntil: null });
  });

  it("audits only the first refusals of a lockout and counts the rest", async () => {
    const keys = keysFor();
    const now = new Date();
    for (let i = 0; i < maxFailures; i++) {
      await storeA.claim(keys, now);
      await storeA.settle(keys, "failure", now);
    }
    const refusals = [];
    for (let i = 0; i < 6; i++) refusals.push(await (i % 2 ? storeA : storeB).claim(keys, now));
    expect(refusals.map((claim) => !claim.allowed && claim.audit)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(refusals.map((claim) => !claim.allowed && claim.refused)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("locks out longer each time, and an address only after many more failures", async () => {
    const keys = keysFor();
    let now = new Date();
    const lockOut = async () => {
      for (let i = 0; i < maxFailures; i++) {
        expect((await storeA.claim(keys, now)).allowed).toBe(true);
        await storeB.settle(keys, "failure", now);
      }
      const refused = await storeA.claim(keys, now);
      if (refused.allowed) throw new Error("not locked out");
      return refused.retryAfterMs;
    };
    expect(await lockOut()).toBe(15 * MINUTE);
    now = new Date(now.getTime() + 15 * MINUTE);
    expect(await lockOut()).toBe(30 * MINUTE);
    now = new Date(now.getTime() + 30 * MINUTE);
    expect(await lockOut()).toBe(60 * MINUTE);

    // Many accounts from one address: the address rule, looser, locks it in the end.
    const address = `203.0.113.${unique()}`;
    const { maxFailures: addressMax } = THROTTLE_RULES.address;
    for (let i = 0; i < addressMax; i++) {
      const other = { account: `@many-${i}-${unique()}:localhost`, address };
      expect((await storeA.claim(other)).allowed).toBe(true);
      await storeA.settle(other, "failure");
    }
    expect(await storeB.claim({ account: `@fresh-${unique()}:localhost`, address })).toMatchObject({
      allowed: false,
      scope: "address",
    });
  });

  it("prunes counters nobody touched for a day", async () => {
    const keys = keysFor();
    const longAgo = new Date(Date.now() - FORGET_AFTER_MS - MINUTE);
    await storeA.claim(keys, longAgo);
    await storeA.settle(keys, "failure", longAgo);
    const where = { homeserverId: "default", key: { in: [keys.account, keys.address] } };
    expect(await instanceB.signInThrottle.count({ where })).toBe(2);
    await storeB.prune();
    expect(await instanceB.signInThrottle.count({ where })).toBe(0);
  });
});
