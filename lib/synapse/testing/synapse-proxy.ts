import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export type ProxiedRequest = { method: string; path: string };

export type Trouble = {
  /** Every nth request answers 429 M_LIMIT_EXCEEDED asking to wait `retryAfterMs`. */
  limitEvery?: number;
  retryAfterMs?: number;
  /** Requests numbered in [from, to) find Synapse "down": 502 from the proxy, as a restart looks. */
  downFrom?: number;
  downTo?: number;
  /** While set, every request but a read (GET) finds Synapse down: 502, as above. */
  refuseChanges?: boolean;
  /** While set, Synapse is stopped: every connection is dropped without an answer. */
  stopped?: boolean;
  /**
   * The path Synapse is asked for instead of the one requested, so Synapse itself gives the answer
   * of another server (e.g. a path it does not know, as an older Synapse would not).
   */
  rewritePath?: (path: string) => string;
};

/**
 * A real HTTP proxy in front of the real Synapse that writes down every request it gets, so a test
 * can say which requests reached Synapse (and which changed something: not GET). On cue it makes
 * Synapse rate limit or go down, since Synapse does not rate limit admin reads and cannot be stopped
 * for a moment inside a test.
 */
export async function startSynapseProxy(target: string, trouble: Trouble = {}) {
  const seen: ProxiedRequest[] = [];
  const stats = { limited: 0, down: 0 };
  const server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? "GET", path: incoming.url ?? "/" });
    const n = seen.length;
    if (trouble.stopped) {
      stats.down += 1;
      incoming.socket.destroy();
      return;
    }
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
    const refused = trouble.refuseChanges && incoming.method !== "GET";
    if (
      refused ||
      (trouble.downFrom !== undefined && n >= trouble.downFrom && n < (trouble.downTo ?? Infinity))
    ) {
      stats.down += 1;
      outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end("Bad Gateway");
      return;
    }
    const requested = incoming.url ?? "/";
    const url = new URL(trouble.rewritePath?.(requested) ?? requested, target);
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
    seen,
    stats,
    /** Requests after the first `from`, other than reads. */
    changesSince: (from: number) => seen.slice(from).filter((request) => request.method !== "GET"),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
