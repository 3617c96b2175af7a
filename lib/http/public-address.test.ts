import { describe, expect, it } from "vitest";
import { refusedAddressReason } from "./public-address";

describe("refusedAddressReason", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.8.9.10", "a loopback address"],
    ["10.1.2.3", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.254", "a private address"],
    ["192.168.1.20", "a private address"],
    ["169.254.169.254", "the cloud metadata address"],
    ["169.254.10.1", "a link-local address"],
    ["0.0.0.0", "an unspecified address"],
    ["100.64.0.1", "a shared (carrier-grade NAT) address"],
    ["224.0.0.251", "a multicast address"],
    ["255.255.255.255", "a reserved address"],
    ["198.51.100.7", "a documentation address"],
    ["203.0.113.9", "a documentation address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::ffff:a00:1", "a private address"],
    ["::127.0.0.1", "a loopback address"],
    ["::a00:1", "a private address"],
    ["64:ff9b::10.0.0.1", "a private address"],
    ["64:ff9b::a9fe:a9fe", "the cloud metadata address"],
    ["64:ff9b:1::1", "a local-use NAT64 address"],
    ["2002:7f00:1::", "a loopback address"],
    ["2002:c0a8:101::1", "a private address"],
    ["2001:0:4136:e378::1", "a Teredo tunnel address"],
    ["2001:db8::1", "a documentation address"],
    ["100::1", "a discard-only address"],
    ["fc00::1", "a unique-local address"],
    ["fd00::1", "a unique-local address"],
    ["fdab:cdef::1", "a unique-local address"],
    ["fe80::1", "a link-local address"],
    ["ff02::1", "a multicast address"],
  ])("refuses %s as %s", (address, why) => {
    expect(refusedAddressReason(address)).toBe(why);
  });

  it.each([
    "93.184.215.14",
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "11.0.0.1",
    "::ffff:8.8.8.8",
    "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
    "2606:4700::1111",
    "2002:5db8:d70e::1",
  ])("accepts the public address %s", (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });
});
