import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from "@/lib/http/peer-address";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddressFrom, normaliseAddress, throttleKeyOf } from "./client-address";

/** Headers as the console's own server code stamps them, through a real server on loopback. */
async function headersSeenBy(sent: Record<string, string>): Promise<IncomingHttpHeaders> {
  stampPeerAddresses();
  let seen: IncomingHttpHeaders = {};
  const server = createServer((request, response) => {
    seen = request.headers;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await fetch(`http://127.0.0.1:${port}/`, { headers: sent });
  await new Promise((resolve) => server.close(resolve));
  return seen;
}

describe("the client address", () => {
  it("is the TCP peer, whatever X-Forwarded-For or a forged peer header says", async () => {
    const headers = await headersSeenBy({
      "x-forwarded-for": "203.0.113.9",
      [PEER_ADDRESS_HEADER]: "forged 198.51.100.1",
    });
    expect(clientAddressFrom(headers, [])).toEqual({
      address: "127.0.0.1",
      throttleKey: "127.0.0.1",
    });
  });

  it("is the forwarded address when the peer is a trusted proxy, read from the right", async () => {
    const headers = await headersSeenBy({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" });
    expect(clientAddressFrom(headers, ["127.0.0.1"]).address).toBe("203.0.113.9");
    // A chain of trusted proxies is walked past; a forged entry left of the real one is not reached.
    expect(clientAddressFrom(headers, ["127.0.0.0/8", "203.0.113.0/24"]).address).toBe(
      "198.51.100.7",
    );
  });

  it("stops at the proxy when the forwarded entry is not an address", async () => {
    const headers = await headersSeenBy({ "x-forwarded-for": "not-an-address" });
    expect(clientAddressFrom(headers, ["127.0.0.1"]).address).toBe("127.0.0.1");
  });

  it("counts IPv6 by its /64 and reads IPv4 on a dual-stack socket as IPv4", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("nonsense")).toBeNull();
    expect(throttleKeyOf("2001:db8:0:12:aaaa::1")).toBe("2001:db8:0:12::/64");
    expect(throttleKeyOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleKeyOf("192.0.2.1")).toBe("192.0.2.1");
  });
});
