import { afterEach, describe, expect, it, vi } from "vitest";
import type { Homeserver } from "./get-homeserver";
import { forgetHomeserver, reuseHomeserver } from "./reused-homeserver";

const homeserver = (baseUrl: string): Homeserver => ({
  baseUrl,
  serverName: "example.org",
  serviceUserId: "@console-bot:example.org",
  source: "environment",
  connection: { baseUrl, method: "access_token", secret: "token" },
  fingerprint: baseUrl,
});

afterEach(() => {
  forgetHomeserver();
  vi.useRealTimers();
});

describe("reuseHomeserver", () => {
  it("reads once for requests within a few seconds, and again after", async () => {
    vi.useFakeTimers();
    const load = vi.fn(async () => homeserver("http://a"));
    await reuseHomeserver(load);
    vi.advanceTimersByTime(4_000);
    expect((await reuseHomeserver(load))?.baseUrl).toBe("http://a");
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_000);
    await reuseHomeserver(load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("reads again at once after the connection was forgotten", async () => {
    await reuseHomeserver(async () => homeserver("http://old"));
    forgetHomeserver();
    expect((await reuseHomeserver(async () => homeserver("http://new")))?.baseUrl).toBe(
      "http://new",
    );
  });

  it("keeps nothing before setup", async () => {
    await reuseHomeserver(async () => null);
    expect((await reuseHomeserver(async () => homeserver("http://set-up")))?.baseUrl).toBe(
      "http://set-up",
    );
  });

  it("does not keep a read that began before the connection changed", async () => {
    let finish: (value: Homeserver) => void = () => undefined;
    const slow = reuseHomeserver(() => new Promise<Homeserver>((resolve) => (finish = resolve)));
    forgetHomeserver();
    finish(homeserver("http://old"));
    await slow;
    expect((await reuseHomeserver(async () => homeserver("http://new")))?.baseUrl).toBe(
      "http://new",
    );
  });
});
