import { describe, expect, it } from "vitest";
import {
  matrixUserIdSchema,
  newUserLocalpartSchema,
  roomAliasSchema,
  roomIdSchema,
  serverNameOf,
  serverNameSchema,
  toUserId,
} from "./matrix-id";

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: string) =>
  schema.safeParse(value).success;

describe("serverNameSchema", () => {
  it.each([
    "example.org",
    "example.org:8448",
    "127.0.0.1:8008",
    "[::1]:8448",
    "[1234:5678::abcd]",
    "localhost",
  ])("accepts %s", (value) => expect(ok(serverNameSchema, value)).toBe(true));
  it.each([
    "",
    "exa mple.org",
    "example.org:",
    "example.org:123456",
    "ex_ample.org",
    "[zz::1]",
    "http://example.org",
  ])("refuses %j", (value) => expect(ok(serverNameSchema, value)).toBe(false));
});

describe("matrixUserIdSchema", () => {
  it.each([
    "@alice:example.org",
    "@a.b_c=d-e/f+g:example.org:8448",
    "@Alice:example.org",
    "@al!ce:[::1]",
  ])("accepts %s (historical localparts included)", (value) =>
    expect(ok(matrixUserIdSchema, value)).toBe(true),
  );
  it.each([
    "alice:example.org",
    "@alice",
    "@:example.org",
    "@al ice:example.org",
    "@al:ice:example.org:x",
    "@alicé:example.org",
    "bob",
    "@",
    "@bob",
    "@bob:",
    "!room",
    "#alias",
    "..",
    "@bo\u0000b:example.org",
    "@bob:example.org\u0000",
  ])("refuses %j", (value) => expect(ok(matrixUserIdSchema, value)).toBe(false));
  it("refuses IDs longer than 255 bytes", () => {
    const server = ":example.org";
    expect(ok(matrixUserIdSchema, `@${"a".repeat(255 - 1 - server.length)}${server}`)).toBe(true);
    expect(ok(matrixUserIdSchema, `@${"a".repeat(256 - 1 - server.length)}${server}`)).toBe(false);
  });
});

describe("newUserLocalpartSchema", () => {
  it("accepts the spec's characters", () =>
    expect(ok(newUserLocalpartSchema, "a.b_c=d-e/f+0")).toBe(true));
  it.each(["Alice", "al!ce", "", "a:b", "é"])("refuses %j", (value) =>
    expect(ok(newUserLocalpartSchema, value)).toBe(false),
  );
});

describe("roomIdSchema and roomAliasSchema", () => {
  it("accepts old room IDs with a server and v12 room IDs without one", () => {
    expect(ok(roomIdSchema, "!abcDEF:example.org")).toBe(true);
    expect(ok(roomIdSchema, "!x5ZFE9W2Gx_3K1Um2d6dYvH0i7dPlQdGb6wu4ogVw4Q")).toBe(true);
  });
  it.each([
    "abc:example.org",
    "!",
    "!ab c:example.org",
    "#abc:example.org",
    "!ab\u0000c:example.org",
    "!abc\u007f",
    "!room",
    "!é:example.org",
  ])("refuses room ID %j", (value) => expect(ok(roomIdSchema, value)).toBe(false));
  it("accepts aliases and refuses ones without a server", () => {
    expect(ok(roomAliasSchema, "#lobby:example.org")).toBe(true);
    expect(ok(roomAliasSchema, "#lobby")).toBe(false);
    expect(ok(roomAliasSchema, "!lobby:example.org")).toBe(false);
  });
  it.each([
    "#lob\u0000by:example.org",
    "#lob\tby:example.org",
    "#\u009b:example.org",
    "#:example.org",
  ])("refuses alias %j", (value) => expect(ok(roomAliasSchema, value)).toBe(false));
  it("keeps aliases with non-ASCII letters", () =>
    expect(ok(roomAliasSchema, "#café:example.org")).toBe(true));
});

describe("toUserId", () => {
  it.each([
    ["alice", "@alice:example.org"],
    ["  @alice ", "@alice:example.org"],
    ["alice:other.org", "@alice:other.org"],
    ["@bob:other.org:8448", "@bob:other.org:8448"],
    ["Alice", "@Alice:example.org"],
  ])("turns %j into %s", (input, expected) =>
    expect(toUserId(input, "example.org")).toBe(expected),
  );

  it.each(["", "@", "al ice", "@alice:", "alice:not a server"])("gives null for %j", (input) =>
    expect(toUserId(input, "example.org")).toBeNull(),
  );

  it("finds the server part, port included", () => {
    expect(serverNameOf("@a:example.org:8448")).toBe("example.org:8448");
  });
});
