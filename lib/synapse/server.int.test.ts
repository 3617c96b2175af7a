import { describe, expect, it } from "vitest";
import { checkHealth, getClientVersions, getServerVersion } from "./server";
import { testHttp } from "./testing/synapse-fixture";

describe("server endpoints on the real Synapse", () => {
  it("reads Synapse's version without a token", async () => {
    const { server_version } = await getServerVersion(testHttp());
    expect(server_version).toMatch(/^1\.\d+\.\d+/);
  });

  it("lists the Matrix spec versions it speaks", async () => {
    const { versions, unstable_features } = await getClientVersions(testHttp());
    expect(versions).toContain("v1.11");
    expect(typeof unstable_features).toBe("object");
  });

  it("finds it healthy", async () => {
    await expect(checkHealth(testHttp())).resolves.toBeUndefined();
  });
});
