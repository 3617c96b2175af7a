import { describe, expect, it } from "vitest";
import { userIdLinesSchema } from "./user-id-lines";

const schema = userIdLinesSchema({ min: 1, max: 3 });
const problem = (text: string) => schema.safeParse(text).error?.issues[0]?.message ?? null;

describe("userIdLinesSchema", () => {
  it("reads one user ID per line, without blanks and repeats", () =>
    expect(schema.parse("@a:b\n\n @c:d \n@a:b")).toEqual(["@a:b", "@c:d"]));

  it("names a bad line, cut short, so a huge paste does not come back as a huge message", () => {
    const message = problem(`@${"a".repeat(100_000)}`) ?? "";
    expect(message.length).toBeLessThan(150);
    expect(message).toMatch(/^has "@a{59}…", which is not a Matrix user ID/);
  });

  it("shows control characters in a bad line instead of sending them on", () =>
    expect(problem("@a:b\u0000")).toBe(
      'has "@a:b\\u0000", which is not a Matrix user ID such as @alice:example.org',
    ));
});
