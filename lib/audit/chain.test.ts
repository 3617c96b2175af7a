import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { asStoredJson, canonicalContent, contentHash, GENESIS_HASH, linkHash } from "./chain";

const entry = {
  kind: "entry" as const,
  requestId: "0b7f6c1e-2c1a-4d53-9a53-3f0e5f0a1b2c",
  at: new Date("2026-12-02T10:00:00.123Z"),
  actorId: "@admin:example.org",
  actorRole: "admin",
  action: "user.set_admin",
  targetType: "user",
  targetId: "@bob:example.org",
  input: { userId: "@bob:example.org", admin: true },
  processId: null,
  jobRunId: null,
};

describe("the audit chain's hashes", () => {
  it("hash content in RFC 8785 form: keys sorted, no spaces, the time in UTC milliseconds", () => {
    expect(canonicalContent(entry)).toBe(
      '{"action":"user.set_admin","actorId":"@admin:example.org","actorRole":"admin","at":"2026-12-02T10:00:00.123Z","input":{"admin":true,"userId":"@bob:example.org"},"jobRunId":null,"kind":"entry","processId":null,"requestId":"0b7f6c1e-2c1a-4d53-9a53-3f0e5f0a1b2c","targetId":"@bob:example.org","targetType":"user"}',
    );
  });

  it("write the same bytes as canonicalize of the whole object, for entries and outcomes", () => {
    const outcome = {
      kind: "outcome" as const,
      entryId: "42",
      at: new Date("2026-12-02T10:00:01.000Z"),
      outcome: "failure",
      errorCode: "M_FORBIDDEN",
      errorMessage: "You are not a server admin ✓ \u2028",
      result: null,
      changes: [{ field: "admin", from: false, to: true }],
    };
    for (const content of [entry, outcome, { ...entry, input: { é: 1, e: [1.5, -0, 1e21] } }]) {
      const whole = canonicalize({ ...content, at: content.at.toISOString() });
      expect(canonicalContent(content)).toBe(whole);
      expect(canonicalContent({ ...content, at: content.at.toISOString() })).toBe(whole);
    }
  });

  it("give the same hash whatever the key order of the input, and another for another value", () => {
    const reordered = { ...entry, input: { admin: true, userId: "@bob:example.org" } };
    expect(contentHash(reordered).equals(contentHash(entry))).toBe(true);
    const changed = { ...entry, input: { ...entry.input, admin: false } };
    expect(contentHash(changed).equals(contentHash(entry))).toBe(false);
  });

  it("hash what the database keeps: dates as strings, undefined fields gone", () => {
    expect(asStoredJson({ a: undefined, b: new Date("2026-01-01T00:00:00Z") })).toEqual({
      b: "2026-01-01T00:00:00.000Z",
    });
    expect(asStoredJson(undefined)).toBeNull();
  });

  it("link each row to the one before: SHA-256 of the previous hash and the content hash", () => {
    const own = contentHash(entry);
    const first = linkHash(GENESIS_HASH, own);
    expect(first).toHaveLength(32);
    expect(linkHash(first, own).equals(first)).toBe(false);
  });
});
