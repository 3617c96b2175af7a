import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export type Trouble = {
  /** Every nth request answers 429 M_LIMIT_EXCEEDED asking to wait `retryAfterMs`. */
  limitEvery?: number;
  retryAfterMs?: number;
  /** Requests numbered in [from, to) find Synapse "down": 502 from the proxy, as a restart looks. */
  downFrom?: number;
  downTo?: number;
};

/**
 * A real HTTP proxy in front of the real Synapse that makes it rate limit or go down on cue, since
 * Synapse does not rate limit admin reads and cannot be stopped for a moment inside a test.
 */
export async function startTroubledProxy(target: string, trouble: Trouble) {
  const stats = { requests: 0, limited: 0, down: 0 };
  const server = createServer((incoming, outgoing) => {
    stats.requests += 1;
    const n = stats.requests;
    if (trouble.limitEvery && n % trouble.limitEvery === 0) {
      stats.limited += 1;
      outgoing.writeHead(429, { "content-type": "application/json" });
      outgoing.end(
        JSON.stringify({
          errcode: "M_LIMIT_EXCEEDED",
          error: "Too Many Requests",
          retry_after_ms: trouble.retryAfterMs ?? 50,
        }),
      );
      return;
    }
    if (
      trouble.downFrom !== undefined &&
      n >= trouble.downFrom &&
      n < (trouble.downTo ?? Infinity)
    ) {
      stats.down += 1;
      outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end("Bad Gateway");
      return;
    }
    const url = new URL(incoming.url ?? "/", target);
    const upstream = forward(
      url,
      { method: incoming.method, headers: { ...incoming.headers, host: url.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
