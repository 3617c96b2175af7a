import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { startSynapseProxy } from "@/lib/synapse/testing/synapse-proxy";
import { createSynapseHttp, registerWithSharedSecret } from "@/lib/synapse";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";

// The console's homeserver is the test rig's Synapse with low rc_* limits (a burst of 2 logins,
// then one every 2 s), behind a counting proxy: set before any app module reads the environment.
const limitedUrl = requireEnv("SYNAPSE_RATE_LIMITED_URL");
const sharedSecret = requireEnv("SYNAPSE_RATE_LIMITED_SHARED_SECRET");
const proxy = await startSynapseProxy(limitedUrl);
process.env.SYNAPSE_URL = proxy.url;
process.env.SYNAPSE_REGISTRATION_SHARED_SECRET = sharedSecret;
prepareTestAppEnv();

const { signInWithPassword, withSafeSignInErrors } = await import("./matrix-sign-in");
const { getHomeserver } = await import("@/lib/homeserver/get-homeserver");

afterAll(() => proxy.close());

const logins = () => proxy.seen.filter((request) => request.path.endsWith("/login")).length;

async function registerAdmin() {
  const password = randomBytes(12).toString("hex");
  const registered = await registerWithSharedSecret(
    createSynapseHttp({ baseUrl: limitedUrl, timeoutMs: 15_000, maxRetryWaitMs: 30_000 }),
    { sharedSecret, username: `limited-${randomBytes(4).toString("hex")}`, password, admin: true },
  );
  return { id: registered.user_id, password };
}

describe("signing in while Synapse rate-limits logins", () => {
  it("says so at once instead of holding the request to wait out the 429", async () => {
    const user = await registerAdmin();
    // Connecting the console's own account (which may wait out a 429 of its own) is not counted.
    expect(await getHomeserver()).toMatchObject({ baseUrl: proxy.url });
    const loginsBefore = logins();

    const attempt = async (i: number) => {
      const started = Date.now();
      const outcome = await withSafeSignInErrors(() =>
        signInWithPassword(user.id, user.password, {
          address: "192.0.2.1",
          throttleKey: `limited-${i}-${randomBytes(3).toString("hex")}`,
        }),
      ).then(
        () => "signed in",
        (error: Error) => error.message,
      );
      return { outcome, ms: Date.now() - started };
    };
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt(i)));
    const limited = results.filter(({ outcome }) =>
      outcome.startsWith("The homeserver is limiting"),
    );
    expect(limited.length, JSON.stringify(results)).toBeGreaterThan(0);
    for (const { outcome } of limited) {
      expect(outcome).toMatch(/^The homeserver is limiting sign-ins; try again in \d+ seconds?\.$/);
    }
    // One login request per attempt: a 429 is passed on, never retried within the sign-in. (Synapse
    // on this busy machine takes seconds per login, so time alone would not tell.)
    expect(logins() - loginsBefore).toBe(results.length);
    // Far below SYNAPSE_MAX_RETRY_WAIT_MS (30 s), which other Synapse calls may wait.
    for (const { ms } of limited) expect(ms).toBeLessThan(15_000);
  });
});
