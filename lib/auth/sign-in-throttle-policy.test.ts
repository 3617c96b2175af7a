import { describe, expect, it } from "vitest";
import {
  THROTTLE_RULES,
  afterFailure,
  afterNoVerdict,
  claimAttempt,
  lockoutMs,
  newCounter,
  type Counter,
} from "./sign-in-throttle-policy";

const rule = THROTTLE_RULES.account;
const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * MINUTE);

/** Claims and fails `times` attempts at `when`, as the store does. */
function fail(counter: Counter, times: number, when: Date): Counter {
  let next = counter;
  for (let i = 0; i < times; i++) {
    const verdict = claimAttempt(next, rule, when);
    if (!verdict.allowed) throw new Error(`attempt ${i + 1} was refused`);
    next = afterFailure(verdict.counter, rule, when);
  }
  return next;
}

describe("the sign-in throttle's rules", () => {
  it("allows the window's failures, then locks out for the first lockout", () => {
    const counter = fail(newCounter(at(0)), rule.maxFailures, at(1));
    expect(counter.lockedUntil).toEqual(new Date(at(1).getTime() + rule.firstLockoutMs));
    const refused = claimAttempt(counter, rule, at(2));
    expect(refused).toMatchObject({ allowed: false, retryAfterMs: rule.firstLockoutMs - MINUTE });
    expect(refused.counter.refused).toBe(1);
  });

  it("does not lock out one failure short of the limit, nor after the window has passed", () => {
    const almost = fail(newCounter(at(0)), rule.maxFailures - 1, at(0));
    expect(almost.lockedUntil).toBeNull();
    const later = at(rule.windowMs / MINUTE + 1);
    const afterWindow = fail(almost, rule.maxFailures - 1, later);
    expect(afterWindow.lockedUntil).toBeNull();
    expect(afterWindow.failures).toBe(rule.maxFailures - 1);
  });

  it("doubles each further lockout up to the maximum, and forgets them after a quiet day", () => {
    let counter = fail(newCounter(at(0)), rule.maxFailures, at(0));
    const first = counter.lockedUntil!.getTime() - at(0).getTime();
    const end = counter.lockedUntil!;
    counter = fail(counter, rule.maxFailures, end);
    expect(counter.lockedUntil!.getTime() - end.getTime()).toBe(2 * first);
    expect(lockoutMs(rule, 30)).toBe(rule.maxLockoutMs);

    const nextDay = new Date(counter.lockedUntil!.getTime() + 25 * 60 * MINUTE);
    counter = fail(counter, rule.maxFailures, nextDay);
    expect(counter.lockedUntil!.getTime() - nextDay.getTime()).toBe(rule.firstLockoutMs);
  });

  it("counts attempts under way, so parallel attempts cannot all pass the check", () => {
    let counter = newCounter(at(0));
    for (let i = 0; i < rule.maxFailures; i++) {
      const verdict = claimAttempt(counter, rule, at(0));
      expect(verdict.allowed).toBe(true);
      counter = verdict.counter;
    }
    expect(claimAttempt(counter, rule, at(0)).allowed).toBe(false);
    // One of them turned out not to be a failure: its place is free again.
    counter = afterNoVerdict(counter, rule, at(0));
    expect(claimAttempt(counter, rule, at(0)).allowed).toBe(true);
  });
});
