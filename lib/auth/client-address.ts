import { BlockList, isIP } from "node:net";
import { PEER_ADDRESS_HEADER, readPeerAddress } from "@/lib/http/peer-address";

export type ClientAddress = {
  /** The address as seen, for the audit log. */
  address: string;
  /** What the throttle counts by: the address, or for IPv6 its /64 (one customer's whole network). */
  throttleKey: string;
};

type HeaderBag = Record<string, unknown>;

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) is 192.0.2.1; zone IDs are dropped. */
export function normaliseAddress(text: string): string | null {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const address = (mapped?.[1] ?? trimmed).split("%")[0] ?? "";
  return isIP(address) === 0 ? null : address.toLowerCase();
}

function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const part = (text: string) => (text ? text.split(":") : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right];
}

export function throttleKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16));
  return `${prefix.join(":")}::/64`;
}

function trustList(trustedProxies: string[]): BlockList {
  const list = new BlockList();
  for (const entry of trustedProxies) {
    const [address = "", bits] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) =>
  list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

let warnedUnstamped = false;

/**
 * Whom a request comes from: the TCP peer, unless the peer is one of TRUSTED_PROXIES; then the
 * X-Forwarded-For entries are read from the right (each proxy appends the address it saw), past
 * the trusted proxies, and the first other address is the client. An entry that is not an address
 * stops the walk at the last proxy, so a forged header can at most name the proxy itself.
 */
export function clientAddressFrom(headers: HeaderBag, trustedProxies: string[]): ClientAddress {
  const peer = normaliseAddress(readPeerAddress(headers[PEER_ADDRESS_HEADER]) ?? "");
  const seen = peer ?? unstampedFallback(headers);
  const trusted = trustList(trustedProxies);
  let client = seen;
  if (isIP(client) !== 0 && isTrusted(trusted, client)) {
    const forwarded = String(headers["x-forwarded-for"] ?? "").split(",");
    for (const entry of forwarded.reverse()) {
      const address = normaliseAddress(entry);
      if (!address) break;
      client = address;
      if (!isTrusted(trusted, address)) break;
    }
  }
  return { address: client, throttleKey: throttleKeyOf(client) };
}

/**
 * Only when the request did not pass through the console's own server code (instrumentation.ts
 * did not run): Next's own x-forwarded-for, which a client can forge, so say so once.
 */
function unstampedFallback(headers: HeaderBag): string {
  if (!warnedUnstamped) {
    warnedUnstamped = true;
    console.warn(
      "[sign-in] requests carry no peer address from instrumentation.ts; the sign-in throttle falls back to X-Forwarded-For, which clients can forge",
    );
  }
  const last = String(headers["x-forwarded-for"] ?? "")
    .split(",")
    .pop();
  return normaliseAddress(last ?? "") ?? "unknown";
}
