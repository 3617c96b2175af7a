import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://console:pw@127.0.0.1:5432/console",
  SECRETS_KEY: "a".repeat(64),
  NEXTAUTH_SECRET: "s".repeat(40),
};

describe("parseEnv", () => {
  it("accepts a minimal valid environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.SYNAPSE_SERVICE_LOCALPART).toBe("console-bot");
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
  });

  it("names a missing variable in one line", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: undefined })).toThrow(
      "Invalid environment: DATABASE_URL is required",
    );
  });

  it("says why a present variable is wrong", () => {
    expect(() => parseEnv({ ...valid, SECRETS_KEY: "short" })).toThrow(
      "Invalid environment: SECRETS_KEY must be 32 bytes",
    );
  });

  it("refuses a Synapse URL without any way to act on it", () => {
    expect(() => parseEnv({ ...valid, SYNAPSE_URL: "http://127.0.0.1:8008" })).toThrow(
      "SYNAPSE_URL is set but none of",
    );
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ ...valid, SYNAPSE_URL: "" }).SYNAPSE_URL).toBeUndefined();
  });

  it("reads TRUSTED_PROXIES as a list of addresses and CIDRs, none by default", () => {
    expect(parseEnv(valid).TRUSTED_PROXIES).toEqual([]);
    expect(
      parseEnv({ ...valid, TRUSTED_PROXIES: "10.0.0.1, 172.16.0.0/12 2001:db8::/32" })
        .TRUSTED_PROXIES,
    ).toEqual(["10.0.0.1", "172.16.0.0/12", "2001:db8::/32"]);
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(
      "Invalid environment: TRUSTED_PROXIES must list IP addresses or CIDRs",
    );
    expect(() => parseEnv({ ...valid, TRUSTED_PROXIES: "proxy.internal" })).toThrow(
      "TRUSTED_PROXIES must list",
    );
  });
});
