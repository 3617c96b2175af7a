import http from "node:http";
import https from "node:https";
import { randomBytes } from "node:crypto";

// Next 16 gives a route handler (and so next-auth's authorize) the request's headers only, never
// its socket. Its server does set `x-forwarded-for` from the socket, but only when the request has
// none (`??=` in next/dist/server/base-server.js): a client that sends its own X-Forwarded-For
// replaces its address with any text, and nothing in the headers tells the two apart. So the
// console's server code records the TCP peer itself, in a header of its own that it always
// overwrites, marked with a random value kept for this process only; a header without that mark
// came from outside and is not believed.

/** Set on every incoming request: "<mark> <peer address>". */
export const PEER_ADDRESS_HEADER = "x-synapse-console-peer";

// On globalThis: instrumentation and the route handlers are separate bundles with separate module
// state, but one process.
const MARK = Symbol.for("synapse-console.peer-address-mark");
type Holder = typeof globalThis & { [MARK]?: string };

function processMark(): string {
  const holder = globalThis as Holder;
  holder[MARK] ??= randomBytes(16).toString("hex");
  return holder[MARK];
}

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/** Makes every HTTP(S) server in this process stamp the peer address on each request it receives. */
export function stampPeerAddresses(): void {
  const mark = processMark();
  for (const prototype of [http.Server.prototype, https.Server.prototype] as Array<{
    emit: Emit;
  }>) {
    const original = prototype.emit;
    if ((original as { stampsPeer?: boolean }).stampsPeer) continue;
    const emit: Emit = function (this: unknown, event, ...args) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = `${mark} ${request.socket.remoteAddress ?? ""}`;
      }
      return original.call(this, event, ...args);
    };
    prototype.emit = Object.assign(emit, { stampsPeer: true });
  }
}

/** The TCP peer recorded by stampPeerAddresses, or null when the header is missing or forged. */
export function readPeerAddress(headerValue: unknown): string | null {
  if (typeof headerValue !== "string") return null;
  const holder = globalThis as Holder;
  const mark = holder[MARK];
  if (!mark) return null;
  const [given, address] = headerValue.split(" ");
  return given === mark && address ? address : null;
}
