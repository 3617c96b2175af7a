import { describe, expect, it } from "vitest";
import {
  createRegistrationTokenSchema,
  registrationTokenFormSchema,
  registrationTokenStatus,
  toCreateInput,
  toUpdateInput,
  updateRegistrationTokenSchema,
} from "./registration-token";

const form = {
  generate: false,
  token: "abc",
  length: "16",
  usesAllowed: "",
  expiresAt: "",
};
const formIssues = (values: Partial<typeof form>) => {
  const parsed = registrationTokenFormSchema.safeParse({ ...form, ...values });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("registration token schemas", () => {
  it("takes a given token of Synapse's characters, or a length to generate one", () => {
    expect(
      createRegistrationTokenSchema.parse({
        token: " a.B_c~9-z ",
        usesAllowed: 3,
        expiresAt: null,
      }),
    ).toEqual({ token: "a.B_c~9-z", length: 16, usesAllowed: 3, expiresAt: null });
    expect(
      createRegistrationTokenSchema.parse({ length: 64, usesAllowed: null, expiresAt: 1 }),
    ).toEqual({ length: 64, usesAllowed: null, expiresAt: 1 });
  });

  it("refuses characters Synapse refuses, more than 64 characters and odd limits", () => {
    const refused = [
      { token: "has space", usesAllowed: null, expiresAt: null },
      { token: "ümlaut", usesAllowed: null, expiresAt: null },
      { token: "a".repeat(65), usesAllowed: null, expiresAt: null },
      { length: 0, usesAllowed: null, expiresAt: null },
      { length: 65, usesAllowed: null, expiresAt: null },
      { usesAllowed: -1, expiresAt: null },
      { usesAllowed: 1.5, expiresAt: null },
      { usesAllowed: null, expiresAt: -5 },
    ];
    for (const input of refused)
      expect(createRegistrationTokenSchema.safeParse(input).success, JSON.stringify(input)).toBe(
        false,
      );
    expect(
      updateRegistrationTokenSchema.safeParse({ token: "", usesAllowed: 1, expiresAt: null })
        .success,
    ).toBe(false);
  });

  it("checks the form's token only when it is not generated, and its length only when it is", () => {
    expect(formIssues({ token: "bad token" })).toEqual([
      ["token", "may only use A-Z, a-z, 0-9 and . _ ~ -"],
    ]);
    expect(formIssues({ generate: true, token: "bad token", length: "16" })).toEqual([]);
    expect(formIssues({ generate: true, length: "65" })).toEqual([
      ["length", "must be from 1 to 64"],
    ]);
    expect(formIssues({ usesAllowed: "2.5", expiresAt: "tomorrow" }).map(([path]) => path)).toEqual(
      ["usesAllowed", "expiresAt"],
    );
  });

  it("turns the form's text into the action's input: empty is unlimited and never", () => {
    expect(toCreateInput({ ...form, generate: true, length: "8" })).toEqual({
      length: 8,
      usesAllowed: null,
      expiresAt: null,
    });
    const expiresAt = "2031-05-06T07:08";
    expect(toCreateInput({ ...form, token: " abc ", usesAllowed: "0", expiresAt })).toEqual({
      token: "abc",
      usesAllowed: 0,
      expiresAt: new Date(expiresAt).getTime(),
    });
    const opened = { usesAllowed: "3", expiresAt: "2020-01-01T00:00" };
    expect(toUpdateInput("abc", { usesAllowed: " 5 ", expiresAt: "" }, opened)).toEqual({
      token: "abc",
      usesAllowed: 5,
      expiresAt: null,
    });
    // An untouched field is not sent: Synapse would refuse the past expiry of an expired token.
    expect(toUpdateInput("abc", { ...opened, usesAllowed: "" }, opened)).toEqual({
      token: "abc",
      usesAllowed: null,
    });
  });

  it("tells usable, expired and used-up tokens apart", () => {
    const now = 1_000_000;
    const token = { uses_allowed: null, pending: 0, completed: 0, expiry_time: null };
    expect(registrationTokenStatus(token, now)).toBe("valid");
    expect(registrationTokenStatus({ ...token, expiry_time: now }, now)).toBe("expired");
    expect(registrationTokenStatus({ ...token, expiry_time: now + 1 }, now)).toBe("valid");
    expect(registrationTokenStatus({ ...token, uses_allowed: 0 }, now)).toBe("used_up");
    expect(
      registrationTokenStatus({ ...token, uses_allowed: 2, pending: 1, completed: 1 }, now),
    ).toBe("used_up");
    expect(registrationTokenStatus({ ...token, uses_allowed: 2, completed: 1 }, now)).toBe("valid");
    expect(registrationTokenStatus({ ...token, uses_allowed: 0, expiry_time: now - 1 }, now)).toBe(
      "expired",
    );
  });
});
