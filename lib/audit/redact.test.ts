import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets } from "./redact";

describe("redactSecrets", () => {
  it("hides passwords, tokens and secrets at any depth", () => {
    const input = {
      userId: "@bob:example.org",
      password: "hunter2",
      nested: { access_token: "syt_abc", list: [{ sharedSecret: "s3" }] },
    };
    expect(redactSecrets(input)).toEqual({
      userId: "@bob:example.org",
      password: REDACTED,
      nested: { access_token: REDACTED, list: [{ sharedSecret: REDACTED }] },
    });
  });

  it("keeps ordinary values and leaves the input untouched", () => {
    const input = { displayName: "Bob", logoutDevices: true, password: "x" };
    redactSecrets(input);
    expect(input.password).toBe("x");
    expect(redactSecrets({ displayName: "Bob", count: 3 })).toEqual({
      displayName: "Bob",
      count: 3,
    });
  });

  it("hides a token webhook's URL (it may carry a secret path) but not other URLs", () => {
    expect(
      redactSecrets({ webhookUrl: "https://bot.example.org/hook/s3cret", avatarUrl: "mxc://a/b" }),
    ).toEqual({ webhookUrl: REDACTED, avatarUrl: "mxc://a/b" });
  });

  it("keeps an absent secret visible as absent", () => {
    expect(redactSecrets({ password: null })).toEqual({ password: null });
  });
});

describe("redactSecrets key matching", () => {
  it("matches whole words only, so state_key and machine stay readable", () => {
    expect(redactSecrets({ state_key: "", machine: "m1", apiKey: "k", api_key: "k" })).toEqual({
      state_key: "",
      machine: "m1",
      apiKey: REDACTED,
      api_key: REDACTED,
    });
  });

  it("keeps settings that measure a secret, such as a token's maximum age", () => {
    expect(redactSecrets({ maxTokenAgeDays: 90, tokenCount: 2, tokenEncrypted: "x" })).toEqual({
      maxTokenAgeDays: 90,
      tokenCount: 2,
      tokenEncrypted: REDACTED,
    });
  });
});
