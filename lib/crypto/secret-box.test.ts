import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  const key = randomBytes(32);

  it("round-trips a secret and never stores it in clear", () => {
    const sealed = sealSecret("syt_very_secret_token", key);
    expect(sealed).not.toContain("syt_very_secret_token");
    expect(openSecret(sealed, key)).toBe("syt_very_secret_token");
  });

  it("gives a different ciphertext each time", () => {
    expect(sealSecret("same", key)).not.toBe(sealSecret("same", key));
  });

  it("refuses a wrong key", () => {
    const sealed = sealSecret("secret", key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
  });

  it("refuses a tampered ciphertext", () => {
    const [version, iv, tag, body] = sealSecret("secret", key).split(".");
    const flipped = Buffer.from(body ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() =>
      openSecret([version, iv, tag, flipped.toString("base64url")].join("."), key),
    ).toThrow();
  });

  it("refuses text that is not a sealed secret", () => {
    expect(() => openSecret("plain", key)).toThrow("Not a sealed secret");
  });
});
