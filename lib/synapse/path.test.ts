import { describe, expect, it } from "vitest";
import { SynapseError } from "./errors";
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

describe("synapsePath refuses parts that would change the path", () => {
  it.each(["", ".", "..", "%2e%2e", "%2E.", ".%2e", "%252e%252e", "%2e"])(
    "refuses %j with a sentence, before any URL exists",
    (segment) => {
      const build = () => synapsePath`/_synapse/admin/v2/users/${"@a:b"}/devices/${segment}`;
      expect(build).toThrow(SynapseError);
      expect(build).toThrow(/is not a valid ID: an ID may not be empty, "\." or "\.\."\.$/);
    },
  );

  it("names what it refused", () => {
    expect(() => synapsePath`/x/${"%2e"}`).toThrow('"%2e" is not a valid ID');
  });

  it.each(["...", "..a", "a..", ".hidden", "%2e%2e%2e", "a/..", "%zz"])(
    "keeps %j, which stays one segment once encoded",
    (segment) => {
      const path = synapsePath`/x/${segment}/y`;
      expect(new URL(path, "http://h").pathname).toBe(`/x/${encodeURIComponent(segment)}/y`);
    },
  );
});
