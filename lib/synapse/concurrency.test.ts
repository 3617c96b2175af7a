import { describe, expect, it } from "vitest";
import { createLimiter, mapWithConcurrency } from "./concurrency";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mapWithConcurrency", () => {
  it("never runs more than `limit` calls at once, and does reach the limit", async () => {
    let running = 0;
    let peak = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    await mapWithConcurrency(items, 3, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await pause(1 + (item % 4) * 3);
      running--;
    });
    expect(peak).toBe(3);
  });

  it("keeps the items' order even when later items finish first", async () => {
    const results = await mapWithConcurrency([30, 1, 15, 2], 4, async (ms) => {
      await pause(ms);
      return ms * 10;
    });
    expect(results).toEqual([
      { ok: true, value: 300 },
      { ok: true, value: 10 },
      { ok: true, value: 150 },
      { ok: true, value: 20 },
    ]);
  });

  it("records a failure per item and carries on with the rest", async () => {
    const boom = new Error("item 1 failed");
    const results = await mapWithConcurrency(["a", "b", "c"], 1, async (item, index) => {
      if (index === 1) throw boom;
      return item.toUpperCase();
    });
    expect(results).toEqual([
      { ok: true, value: "A" },
      { ok: false, error: boom },
      { ok: true, value: "C" },
    ]);
  });

  it("stops starting items once the signal aborts", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const results = await mapWithConcurrency(
      [0, 1, 2, 3, 4],
      2,
      async (item) => {
        started.push(item);
        if (item === 1) controller.abort(new Error("stopped by the user"));
        await pause(5);
        return item;
      },
      { signal: controller.signal },
    );
    expect(started).toEqual([0, 1]);
    expect(results.slice(0, 2)).toEqual([
      { ok: true, value: 0 },
      { ok: true, value: 1 },
    ]);
    for (const result of results.slice(2)) {
      expect(result).toMatchObject({ ok: false, error: new Error("stopped by the user") });
    }
  });

  it("handles an empty list and refuses a limit below 1", async () => {
    expect(await mapWithConcurrency([], 5, async () => 1)).toEqual([]);
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});

describe("createLimiter", () => {
  it("keeps tasks that start other tasks within the bound, and reaches it", async () => {
    const limited = createLimiter(3);
    let running = 0;
    let peak = 0;
    const work = async (ms: number) => {
      running++;
      peak = Math.max(peak, running);
      await pause(ms);
      running--;
      return ms;
    };
    const started = await Promise.all(
      [5, 1, 3, 2].map((ms) =>
        limited(() => work(ms)).then((done) =>
          Promise.all([limited(() => work(done)), limited(() => work(1))]),
        ),
      ),
    );
    expect(started).toEqual([
      [5, 1],
      [1, 1],
      [3, 1],
      [2, 1],
    ]);
    expect(peak).toBe(3);
    expect(running).toBe(0);
  });

  it("frees the slot of a task that fails", async () => {
    const limited = createLimiter(1);
    await expect(limited(() => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(limited(async () => "next")).resolves.toBe("next");
  });
});
