import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseActionInput } from "./parse-action-input";
import { toActionFailure } from "./to-action-failure";

const schema = z.object({
  userId: z.string().min(1),
  enabled: z.boolean(),
  note: z.string().max(5, "is too long for a note"),
  ids: z.array(z.string()).max(2),
  id: z.uuid(),
});
const valid = { userId: "@a:b", enabled: true, note: "", ids: [], id: crypto.randomUUID() };

/** What the browser would get for this input. */
function failureFor(input: unknown) {
  try {
    parseActionInput(schema, input);
  } catch (error) {
    return toActionFailure(error, "req-1");
  }
  throw new Error("the input was accepted");
}

describe("parseActionInput and the failure the browser gets", () => {
  it("passes a valid input through", () => expect(parseActionInput(schema, valid)).toEqual(valid));

  it.each([null, undefined, "text", 42, true, [valid]])(
    "says the request must be fields when it gets %j",
    (input) =>
      expect(failureFor(input)).toEqual({
        ok: false,
        error: "The request must be a group of named fields.",
        fieldErrors: {},
      }),
  );

  it("refuses unknown keys instead of dropping them, naming a few of them", () => {
    const failure = failureFor({ ...valid, admin: true, x: 1, y: 2, ["k".repeat(100)]: 3 });
    expect(failure.error).toBe(
      `The request has fields this action does not take: "admin", "x", "y" and 1 more.`,
    );
  });

  it("words type and size problems as the forms do, keeping a schema's own message", () => {
    const failure = failureFor({
      userId: 5,
      enabled: "yes",
      note: "too long",
      ids: ["a", "b", "c"],
      id: "..",
    });
    expect(failure).toMatchObject({
      error: "Some fields need attention.",
      fieldErrors: {
        userId: ["must be text"],
        enabled: ["must be true or false"],
        note: ["is too long for a note"],
        ids: ["must have at most 2 items"],
        id: ["must be an ID (a UUID)"],
      },
    });
  });

  it("says a missing field is required", () => {
    const withoutUserId: Record<string, unknown> = { ...valid };
    delete withoutUserId.userId;
    expect(failureFor(withoutUserId).fieldErrors).toEqual({ userId: ["is required"] });
  });

  it("refuses control characters in any string the schema let through, nested ones too", () => {
    const loose = z.object({ note: z.string(), rule: z.object({ users: z.array(z.string()) }) });
    let failure;
    try {
      parseActionInput(loose, {
        note: "fine\nwith lines\tand tabs",
        rule: { users: ["a", "b\u0000"] },
      });
    } catch (error) {
      failure = toActionFailure(error, "req-3");
    }
    expect(failure).toMatchObject({
      error: "Some fields need attention.",
      fieldErrors: { rule: ["may not contain control characters"] },
    });
    expect(parseActionInput(loose, { note: "a\r\nb\tc", rule: { users: [] } })).toBeTruthy();
  });

  it("turns a refinement of the whole input into a sentence", () => {
    const refined = z.object({ a: z.boolean() }).refine((v) => v.a, "turn a on first");
    let failure;
    try {
      parseActionInput(refined, { a: false });
    } catch (error) {
      failure = toActionFailure(error, "req-2");
    }
    expect(failure).toMatchObject({ ok: false, error: "Turn a on first." });
  });
});
