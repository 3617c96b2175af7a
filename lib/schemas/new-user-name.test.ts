import { describe, expect, it } from "vitest";
import { longestLocalpartOn, newUserNameSchema } from "./new-user-name";
import { createUserRequestSchema, createUserSchema } from "./user-actions";

const onLocalhost = newUserNameSchema("localhost");
const problem = (value: string) => onLocalhost.safeParse(value).error?.issues[0]?.message ?? null;

describe("newUserNameSchema", () => {
  it.each([
    ["alice", "alice"],
    ["  Alice ", "alice"],
    ["@alice", "alice"],
    ["@alice:localhost", "alice"],
    ["@Bob.Bot:LocalHost", "bob.bot"],
    ["a.b_c=d-e/f+0", "a.b_c=d-e/f+0"],
  ])("reads %j as the localpart %j", (typed, localpart) =>
    expect(onLocalhost.parse(typed)).toBe(localpart),
  );

  it("refuses an ID on another server, naming this one", () => {
    expect(problem("@x:otherserver")).toBe(
      "is an ID on otherserver; type the localpart, or an ID on localhost",
    );
    expect(problem("x:example.org:8448")).toBe(
      "is an ID on example.org:8448; type the localpart, or an ID on localhost",
    );
    expect(problem("alice:")).toBe(
      'has nothing after ":"; type the localpart, or an ID on localhost',
    );
  });

  it("cuts a long server part short in the message", () => {
    expect(problem(`@x:${"s".repeat(300)}`)).toBe(
      `is an ID on ${"s".repeat(60)}…; type the localpart, or an ID on localhost`,
    );
  });

  it("lets the full user ID be 255 characters, and no more", () => {
    expect(longestLocalpartOn("localhost")).toBe(244);
    const longest = "a".repeat(244);
    expect(`@${longest}:localhost`).toHaveLength(255);
    expect(onLocalhost.parse(longest)).toBe(longest);
    const message =
      "must be at most 244 characters, so that the user ID with :localhost has at most 255";
    expect(problem("a".repeat(245))).toBe(message);
    expect(problem("a".repeat(300))).toBe(message);
    expect(problem(`@${"a".repeat(245)}:localhost`)).toBe(message);
  });

  it("measures against the server's own name", () => {
    const onLongName = newUserNameSchema("matrix.example.org");
    expect(onLongName.safeParse("a".repeat(235)).success).toBe(true);
    expect(onLongName.safeParse("a".repeat(236)).error?.issues[0]?.message).toBe(
      "must be at most 235 characters, so that the user ID with :matrix.example.org has at most 255",
    );
  });

  it.each([
    ["", "must not be empty"],
    ["   ", "must not be empty"],
    ["@", "must not be empty"],
    ["@:localhost", "must not be empty"],
    ["al ice", "may only contain a-z, 0-9 and . _ = - / +"],
    ["alicé", "may only contain a-z, 0-9 and . _ = - / +"],
  ])("refuses %j: %s", (typed, message) => expect(problem(typed)).toBe(message));
});

describe("the create-user schemas", () => {
  const fields = { displayName: "", password: "", admin: false, userType: "normal" };

  it("reads the name as the localpart, as the form sends it to the action", () => {
    expect(createUserSchema("localhost").parse({ ...fields, localpart: "@Ann:localhost" })).toEqual(
      { ...fields, localpart: "ann" },
    );
  });

  it("puts the name's problem under the localpart field", () => {
    const result = createUserSchema("localhost").safeParse({ ...fields, localpart: "@x:other" });
    expect(result.error?.issues).toMatchObject([
      {
        path: ["localpart"],
        message: "is an ID on other; type the localpart, or an ID on localhost",
      },
    ]);
  });

  it("bounds the name in the request before the server name is known", () => {
    expect(
      createUserRequestSchema.safeParse({ ...fields, localpart: "a".repeat(255) }).success,
    ).toBe(true);
    expect(
      createUserRequestSchema.safeParse({ ...fields, localpart: "a".repeat(256) }).error?.issues[0]
        ?.message,
    ).toBe("must be at most 255 characters");
  });
});
