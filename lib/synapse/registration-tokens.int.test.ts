import { describe, expect, it } from "vitest";
import { isSynapseError } from "./errors";
import { adminTestClient, uniqueLocalpart } from "./testing/synapse-fixture";

const HOUR = 3_600_000;

describe("registration tokens on the real Synapse", () => {
  it("creates a given token, lists it, changes its limits and deletes it", async () => {
    const { client } = await adminTestClient();
    const token = uniqueLocalpart("rt").replace(/[^A-Za-z0-9._~-]/g, "-");
    const expiry = Date.now() + HOUR;
    expect(
      await client.registrationTokens.create({ token, uses_allowed: 2, expiry_time: expiry }),
    ).toMatchObject({ token, uses_allowed: 2, pending: 0, completed: 0, expiry_time: expiry });
    expect((await client.registrationTokens.list()).map((listed) => listed.token)).toContain(token);
    expect((await client.registrationTokens.list(true)).map((listed) => listed.token)).toContain(
      token,
    );

    expect(await client.registrationTokens.update(token, { uses_allowed: 0 })).toMatchObject({
      uses_allowed: 0,
      expiry_time: expiry,
    });
    // Used up now: Synapse lists it among the invalid ones.
    expect((await client.registrationTokens.list(false)).map((listed) => listed.token)).toContain(
      token,
    );
    expect(
      await client.registrationTokens.update(token, { uses_allowed: null, expiry_time: null }),
    ).toMatchObject({ uses_allowed: null, expiry_time: null });

    await client.registrationTokens.delete(token);
    const gone = await client.registrationTokens.get(token).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);
  });

  it("generates a token of the asked length with no limits", async () => {
    const { client } = await adminTestClient();
    const created = await client.registrationTokens.create({ length: 24 });
    expect(created.token).toMatch(/^[A-Za-z0-9._~-]{24}$/);
    expect(created).toMatchObject({ uses_allowed: null, expiry_time: null });
    expect(await client.registrationTokens.get(created.token)).toEqual(created);
    await client.registrationTokens.delete(created.token);
  });

  it("maps Synapse's refusals: a bad character set, a taken token, an expiry in the past", async () => {
    const { client } = await adminTestClient();
    const refusal = (request: Parameters<typeof client.registrationTokens.create>[0]) =>
      client.registrationTokens.create(request).catch((error: unknown) => error);

    const badChars = await refusal({ token: "no spaces!" });
    expect(badChars).toMatchObject({ kind: "bad_request", errcode: "M_INVALID_PARAM" });

    const token = uniqueLocalpart("taken").replace(/[^A-Za-z0-9._~-]/g, "-");
    await client.registrationTokens.create({ token });
    expect(await refusal({ token })).toMatchObject({
      kind: "bad_request",
      errcode: "M_INVALID_PARAM",
    });
    expect(await refusal({ expiry_time: Date.now() - HOUR })).toMatchObject({
      kind: "bad_request",
      errcode: "M_INVALID_PARAM",
    });
    await client.registrationTokens.delete(token);
  });
});
