import { describe, expect, it } from "vitest";
import { SynapseError } from "./errors";
import { createSynapseHttp } from "./http";
import { registerWithSharedSecret } from "./register";
import { loginWithPassword } from "./session";
import { uniqueLocalpart } from "./testing/synapse-fixture";

// Against a real Synapse with low rc_* limits (start.sh with SYNAPSE_RATE_LIMITED=1): logins beyond
// the burst get 429 M_LIMIT_EXCEEDED with retry_after_ms.

function rateLimitedEnv() {
  const url = process.env.SYNAPSE_RATE_LIMITED_URL;
  const sharedSecret = process.env.SYNAPSE_RATE_LIMITED_SHARED_SECRET;
  if (!url || !sharedSecret) {
    throw new Error(
      "SYNAPSE_RATE_LIMITED_URL and SYNAPSE_RATE_LIMITED_SHARED_SECRET must be set: start a second test Synapse with SYNAPSE_RATE_LIMITED=1 scripts/test/synapse/start.sh and pass its SYNAPSE_URL and SYNAPSE_REGISTRATION_SHARED_SECRET under these names.",
    );
  }
  return { url, sharedSecret };
}

async function freshUser(maxRetryWaitMs: number) {
  const { url, sharedSecret } = rateLimitedEnv();
  const http = createSynapseHttp({ baseUrl: url, timeoutMs: 10_000, maxRetryWaitMs });
  const username = uniqueLocalpart("rl");
  const password = "rate-limited-password";
  await registerWithSharedSecret(http, { sharedSecret, username, password, admin: false });
  return { http, login: () => loginWithPassword(http, { user: username, password }) };
}

describe("429 from a rate-limited Synapse", () => {
  it("waits as asked and gets through a burst of logins", async () => {
    const { login } = await freshUser(30_000);
    const started = Date.now();
    const sessions = [];
    for (let i = 0; i < 4; i++) sessions.push(await login());
    expect(sessions.every((session) => session.access_token.length > 0)).toBe(true);
    // Beyond the burst of 2 at 0.5/s, Synapse made us wait about 2 s per login.
    expect(Date.now() - started).toBeGreaterThan(1500);
  }, 60_000);

  it("gives up with a rate_limited error when no waiting is allowed", async () => {
    const { login } = await freshUser(0);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => login()));
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === "rejected" ? [outcome.reason] : [],
    );
    expect(refused.length).toBeGreaterThan(0);
    const error = refused[0] as SynapseError;
    expect(error).toBeInstanceOf(SynapseError);
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, errcode: "M_LIMIT_EXCEEDED" });
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(error.message).toContain("more than the 0 s allowed");
  });
});
