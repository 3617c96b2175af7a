import { lookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Why an address is not a public one; the first range that holds it names it. */
const REFUSED_RANGES: Array<[network: string, prefix: number, type: "ipv4" | "ipv6", why: string]> =
  [
    ["169.254.169.254", 32, "ipv4", "the cloud metadata address"],
    ["0.0.0.0", 8, "ipv4", "an unspecified address"],
    ["10.0.0.0", 8, "ipv4", "a private address"],
    ["100.64.0.0", 10, "ipv4", "a shared (carrier-grade NAT) address"],
    ["127.0.0.0", 8, "ipv4", "a loopback address"],
    ["169.254.0.0", 16, "ipv4", "a link-local address"],
    ["172.16.0.0", 12, "ipv4", "a private address"],
    ["192.0.0.0", 24, "ipv4", "a reserved address"],
    ["192.0.2.0", 24, "ipv4", "a documentation address"],
    ["198.51.100.0", 24, "ipv4", "a documentation address"],
    ["203.0.113.0", 24, "ipv4", "a documentation address"],
    ["192.168.0.0", 16, "ipv4", "a private address"],
    ["198.18.0.0", 15, "ipv4", "a reserved address"],
    ["224.0.0.0", 4, "ipv4", "a multicast address"],
    ["240.0.0.0", 4, "ipv4", "a reserved address"],
    ["::", 128, "ipv6", "an unspecified address"],
    ["::1", 128, "ipv6", "a loopback address"],
    ["64:ff9b:1::", 48, "ipv6", "a local-use NAT64 address"],
    ["100::", 64, "ipv6", "a discard-only address"],
    ["2001::", 32, "ipv6", "a Teredo tunnel address"],
    ["2001:db8::", 32, "ipv6", "a documentation address"],
    ["fc00::", 7, "ipv6", "a unique-local address"],
    ["fe80::", 10, "ipv6", "a link-local address"],
    ["fec0::", 10, "ipv6", "a site-local address"],
    ["ff00::", 8, "ipv6", "a multicast address"],
  ];

const ranges = REFUSED_RANGES.map(([network, prefix, type, why]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return { list, type, why };
});

/**
 * IPv6 forms that carry an IPv4 address, which is then the one to judge: mapped ::ffff:a.b.c.d,
 * the deprecated compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, and 6to4 2002:aabb:ccdd::.
 */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  const asIpv4 = (high = 0, low = 0) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  const mapped = zeros(0, 5) && groups[5] === 0xffff;
  const compatible = zeros(0, 6) && (groups[6] ?? 0) !== 0;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6);
  if (mapped || compatible || nat64) return asIpv4(groups[6], groups[7]);
  if (groups[0] === 0x2002) return asIpv4(groups[1], groups[2]);
  return null;
}

function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase().split("%")[0] ?? "";
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (value: string) => (value ? value.split(":").map((g) => parseInt(g, 16)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/** Why the console refuses to connect to this IP address, or null for a public one. */
export function refusedAddressReason(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return "not an IP address";
  if (version === 6) {
    const inner = embeddedIpv4(address);
    if (inner) return refusedAddressReason(inner);
  }
  const type = version === 4 ? "ipv4" : "ipv6";
  return (
    ranges.find((range) => range.type === type && range.list.check(address, type))?.why ?? null
  );
}

export type PublicTarget = { url: URL; address: string; family: 4 | 6 };

/** A URL the console will not connect to, with a sentence saying why. */
export class RefusedAddressError extends Error {
  override name = "RefusedAddressError";
}

export type TargetRules = {
  /** What the URL is for, as sentences name it: "webhook", "policy source". */
  subject: string;
  /** An admin's allowance for a private, loopback or link-local address, which also allows http. */
  allowPrivate: boolean;
};

/**
 * Checks a URL the console is about to connect to (a token webhook, the policy's source) and
 * resolves its host: https only, and every address the name resolves to must be public, unless an
 * admin allowed a private address (which also allows http). Returns the address to connect to,
 * so the request goes to the one that was checked (no DNS rebinding): see pinnedLookup.
 */
export async function resolvePublicTarget(
  rawUrl: string,
  { subject, allowPrivate }: TargetRules,
): Promise<PublicTarget> {
  const url = new URL(rawUrl);
  const httpAllowed = allowPrivate && url.protocol === "http:";
  if (url.protocol !== "https:" && !httpAllowed) {
    throw new RefusedAddressError(
      `The ${subject} URL must use https (plain http only with a private address allowed).`,
    );
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const found = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true }).catch((error: NodeJS.ErrnoException) => {
        throw new RefusedAddressError(
          `The ${subject}'s host name could not be resolved (${error.code ?? "no answer"}).`,
        );
      });
  // IPv4 first, as most servers listen there; every address is checked either way.
  const first = [...found].sort((a, b) => a.family - b.family)[0];
  if (!first) throw new RefusedAddressError(`The ${subject}'s host name has no address.`);
  if (!allowPrivate) {
    for (const { address } of found) {
      const why = refusedAddressReason(address);
      if (why) {
        throw new RefusedAddressError(
          `The ${subject}'s host is ${address}, ${why}: only public addresses, unless an admin allows a private address for this ${subject}.`,
        );
      }
    }
  }
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/**
 * A DNS lookup for node:http(s) that answers the checked address whatever the name, so the
 * connection goes where resolvePublicTarget looked (TLS still verifies the URL's host name).
 */
export function pinnedLookup(target: PublicTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}
