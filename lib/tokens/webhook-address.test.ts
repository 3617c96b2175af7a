import { describe, expect, it } from "vitest";
import { refusedAddressReason } from "./webhook-address";

describe("refusedAddressReason", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["10.1.2.3", "a private address"],
    ["169.254.169.254", "the cloud metadata address"],
    ["198.51.100.7", "a documentation address"],
    ["203.0.113.9", "a documentation address"],
    ["::1", "a loopback address"],
    ["::ffff:127.0.0.1", "a loopback address"],
    ["::127.0.0.1", "a loopback address"],
    ["::a00:1", "a private address"],
    ["64:ff9b::10.0.0.1", "a private address"],
    ["64:ff9b:1::1", "a local-use NAT64 address"],
    ["2002:7f00:1::", "a loopback address"],
    ["2002:c0a8:101::1", "a private address"],
    ["2001:0:4136:e378::1", "a Teredo tunnel address"],
    ["2001:db8::1", "a documentation address"],
    ["100::1", "a discard-only address"],
    ["fd00::1", "a unique-local address"],
  ])("refuses %s as %s", (address, why) => {
    expect(refusedAddressReason(address)).toBe(why);
  });

  it.each(["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2002:5db8:d70e::1"])(
    "accepts the public address %s",
    (address) => {
      expect(refusedAddressReason(address)).toBeNull();
    },
  );
});
