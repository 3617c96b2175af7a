import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export type LocalHttpServer = {
  url: string;
  /** Every request seen, in order, with its headers. */
  requests: Array<{ method: string; url: string; headers: IncomingMessage["headers"] }>;
  close(): Promise<void>;
};

/**
 * A real HTTP server on 127.0.0.1 for answers a real Synapse cannot be made to give on demand
 * (429 bursts, silence, non-Synapse pages). Handlers are used in turn; the last one repeats.
 */
export async function startLocalHttpServer(...handlers: Handler[]): Promise<LocalHttpServer> {
  const requests: LocalHttpServer["requests"] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? "",
      url: request.url ?? "",
      headers: request.headers,
    });
    const handler = handlers[Math.min(requests.length, handlers.length) - 1];
    handler?.(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering JSON with the given status and headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };
}
