import { describe, expect, it } from "vitest";
import { parseMxcUri } from "./media-item";

describe("parseMxcUri", () => {
  it("reads the server (with a port or an IPv6 literal) and the media ID", () => {
    expect(parseMxcUri("mxc://localhost/abcDEF_1-2")).toEqual({
      serverName: "localhost",
      mediaId: "abcDEF_1-2",
    });
    expect(parseMxcUri("mxc://example.org:8448/x")?.serverName).toBe("example.org:8448");
    expect(parseMxcUri("mxc://[::1]:8448/x")?.serverName).toBe("[::1]:8448");
  });

  it("refuses what room members could write to reach another Synapse path", () => {
    for (const uri of [
      "mxc://../abc",
      "mxc://./abc",
      "mxc://a./abc",
      "mxc://ex%2F/abc",
      "mxc://host/a/b",
      "mxc://host/../b",
      "mxc://host/",
      "https://host/abc",
    ]) {
      expect(parseMxcUri(uri), uri).toBeNull();
    }
  });
});
