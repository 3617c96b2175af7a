import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export type ProxiedRequest = { method: string; path: string };

/**
 * A plain HTTP proxy in front of the real Synapse that writes down every request it forwards, so
 * a test can say which requests reached Synapse (and which changed something: not GET).
 */
export async function startCountingProxy(target: string) {
  const seen: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? "GET", path: incoming.url ?? "/" });
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
    seen,
    /** Requests after the first `from`, other than reads. */
    changesSince: (from: number) => seen.slice(from).filter((request) => request.method !== "GET"),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
