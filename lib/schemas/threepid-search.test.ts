import { describe, expect, it } from "vitest";
import { toThreepidQuery } from "./threepid-search";

describe("which users list searches are also looked up as an email address or phone number", () => {
  it("takes an email address, in lower case as Synapse stores it", () => {
    expect(toThreepidQuery(" Bob.Smith@Example.org ")).toEqual({
      medium: "email",
      address: "bob.smith@example.org",
      shown: "Bob.Smith@Example.org",
    });
  });

  it("takes a phone number as people write it, as the digits Synapse stores", () => {
    expect(toThreepidQuery("+44 (7700) 900-123")).toEqual({
      medium: "msisdn",
      address: "447700900123",
      shown: "+44 (7700) 900-123",
    });
    expect(toThreepidQuery("447700900123")?.address).toBe("447700900123");
  });

  it("leaves user IDs, names and short or long numbers to the name search alone", () => {
    for (const text of [
      undefined,
      "",
      "bob",
      "@bob:example.org",
      "bob@example",
      "12345",
      "1234567890123456",
      "+44 abc 900",
      "bob@exa mple.org",
    ])
      expect(toThreepidQuery(text), String(text)).toBeNull();
  });
});
