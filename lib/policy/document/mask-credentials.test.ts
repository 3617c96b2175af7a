import { describe, expect, it } from "vitest";
import { MASKED_CREDENTIAL, maskCredentials } from "./mask-credentials";

const policy = `{
  "schemaVersion": 2,
  "authCredential": "not a user's",
  "users": [
    { "id": "@a:example.org", "authType": "passthrough", "authCredential": "initial-Pa55" },
    { "id": "@b:example.org", "authType": "md5", "authCredential": "5f4dcc3b5aa765d61d8327deb882cf99" },
    { "id": "@c:example.org", "authType": "none", "displayName": "authCredential" }
  ]
}`;

describe("maskCredentials", () => {
  it("hides every user's credential and nothing else, line for line", () => {
    const masked = maskCredentials(policy);
    expect(masked).not.toContain("initial-Pa55");
    expect(masked).not.toContain("5f4dcc3b5aa765d61d8327deb882cf99");
    const users = JSON.parse(masked).users;
    expect(users.map((user: { authCredential?: string }) => user.authCredential)).toEqual([
      MASKED_CREDENTIAL,
      MASKED_CREDENTIAL,
      undefined,
    ]);
    expect(JSON.parse(masked).authCredential).toBe("not a user's");
    expect(users[2].displayName).toBe("authCredential");
    expect(masked.split("\n")).toHaveLength(policy.split("\n").length);
  });

  it("masks what it can read of a broken document and leaves a text without credentials alone", () => {
    const broken = '{"users": [{"id": "@a:x", "authCredential": "secret"}, {"id": ';
    expect(maskCredentials(broken)).not.toContain("secret");
    const plain = '{"schemaVersion": 2, "users": []}';
    expect(maskCredentials(plain)).toBe(plain);
  });
});
