import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { SynapseError } from "./errors";
import { createSynapseHttp, type SynapseHttpOptions } from "./http";
import { json, startLocalHttpServer, type LocalHttpServer } from "./testing/local-http-server";

// These exercise protocol corners a real Synapse cannot be made to produce on demand: rate-limit
// bursts, silence, foreign servers. Everything else is tested against the real Synapse.

let server: LocalHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const okSchema = z.object({ ok: z.literal(true) });
const limited = (retry_after_ms?: number, headers?: Record<string, string>) =>
  json(429, { errcode: "M_LIMIT_EXCEEDED", error: "Too Many Requests", retry_after_ms }, headers);

async function call(options: Partial<SynapseHttpOptions> = {}, signal?: AbortSignal) {
  if (!server) throw new Error("start the server first");
  const http = createSynapseHttp({
    baseUrl: server.url,
    timeoutMs: 2000,
    maxRetryWaitMs: 5000,
    ...options,
  });
  const started = Date.now();
  const result = http.request(okSchema, { path: "/thing", auth: "none", signal });
  return { result, started };
}

async function failure(promise: Promise<unknown>): Promise<SynapseError> {
  const error = await promise.then(
    () => expect.fail("the request should have failed"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SynapseError);
  return error as SynapseError;
}

describe("429 handling", () => {
  it("waits retry_after_ms from the body, then succeeds", async () => {
    server = await startLocalHttpServer(limited(300), json(200, { ok: true }));
    const { result, started } = await call();
    expect(await result).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests).toHaveLength(2);
  });

  it("falls back to the Retry-After header", async () => {
    server = await startLocalHttpServer(
      limited(undefined, { "retry-after": "1" }),
      json(200, { ok: true }),
    );
    const { result, started } = await call();
    expect(await result).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("gives up at once when asked to wait longer than allowed", async () => {
    server = await startLocalHttpServer(limited(5000));
    const { result, started } = await call({ maxRetryWaitMs: 1000 });
    const error = await failure(result);
    expect(Date.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({
      kind: "rate_limited",
      errcode: "M_LIMIT_EXCEEDED",
      retryAfterMs: 5000,
    });
    expect(error.message).toContain("Synapse asked to wait 5 s, more than the 1 s allowed.");
    expect(server.requests).toHaveLength(1);
  });

  it("caps the total wait over several 429s", async () => {
    server = await startLocalHttpServer(limited(400));
    const { result, started } = await call({ maxRetryWaitMs: 1000 });
    await failure(result);
    // 400 + 400 waited; a third wait would make 1200 > 1000.
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stops after the allowed number of attempts", async () => {
    server = await startLocalHttpServer(limited(10));
    const { result } = await call({ maxAttempts: 3 });
    const error = await failure(result);
    expect(error.message).toContain("Synapse was still rate-limiting after 3 attempts.");
    expect(server.requests).toHaveLength(3);
  });

  it("lets the caller cancel while waiting", async () => {
    server = await startLocalHttpServer(limited(3000));
    const controller = new AbortController();
    const { result, started } = await call({}, controller.signal);
    setTimeout(() => controller.abort(new Error("cancelled by the caller")), 100);
    await expect(result).rejects.toThrow("cancelled by the caller");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("answers that are not what we asked for", () => {
  it("times out on a server that never answers", async () => {
    server = await startLocalHttpServer(() => undefined);
    const { result, started } = await call({ timeoutMs: 300 });
    const error = await failure(result);
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`The homeserver at ${server.url} did not answer within 0.3 s.`);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("calls an HTML page 'not Synapse'", async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html>Welcome to nginx</html>");
    });
    const error = await failure((await call()).result);
    expect(error.kind).toBe("not_synapse");
    expect(error.message).toContain("not JSON (text/html)");
  });

  it("refuses JSON of the wrong shape", async () => {
    server = await startLocalHttpServer(json(200, { ok: "yes" }));
    const error = await failure((await call()).result);
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toContain("at ok");
  });

  it("sends the service token but never puts it in an error", async () => {
    server = await startLocalHttpServer(
      json(401, { errcode: "M_UNKNOWN_TOKEN", error: "Invalid access token passed." }),
    );
    const token = "syt_c2VjcmV0_notforlogs_123";
    const http = createSynapseHttp({
      baseUrl: server.url,
      timeoutMs: 2000,
      maxRetryWaitMs: 0,
      auth: { getToken: async () => token },
    });
    const error = await failure(http.request(okSchema, { path: "/thing" }));
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(error.kind).toBe("unauthorized");
    expect(`${error.message} ${JSON.stringify(error)} ${String(error.stack)}`).not.toContain(token);
  });
});
