import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signTimestamped } from "./signed-post";

describe("signTimestamped", () => {
  it("is v1= and the hex HMAC-SHA256 of `timestamp.body` with the secret", () => {
    const body = '{"hello":"world"}';
    const expected = createHmac("sha256", "s3cret").update(`1764842400.${body}`).digest("hex");
    expect(signTimestamped("s3cret", 1764842400, body)).toBe(`v1=${expected}`);
  });

  it("changes with the timestamp, so a captured request cannot be replayed later as new", () => {
    const body = "{}";
    expect(signTimestamped("s", 1, body)).not.toBe(signTimestamped("s", 2, body));
  });
});
