import { describe, expect, it } from "vitest";
import { synapsePath, toQueryString } from "./path";

describe("synapsePath", () => {
  it("encodes each interpolated part as one path segment", () => {
    expect(synapsePath`/_synapse/admin/v2/users/${"@a/b:example.org"}/devices/${"DEV 1?"}`).toBe(
      "/_synapse/admin/v2/users/%40a%2Fb%3Aexample.org/devices/DEV%201%3F",
    );
  });
  it("leaves a path without parts alone", () =>
    expect(synapsePath`/_matrix/client/versions`).toBe("/_matrix/client/versions"));
});

describe("toQueryString", () => {
  it("skips undefined values and encodes the rest", () => {
    expect(toQueryString({ from: 0, name: "a b&c", admins: false, dir: undefined })).toBe(
      "?from=0&name=a+b%26c&admins=false",
    );
  });
  it("is empty without values", () => {
    expect(toQueryString(undefined)).toBe("");
    expect(toQueryString({ a: undefined })).toBe("");
  });
});
