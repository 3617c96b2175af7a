import { beforeAll, describe, expect, it } from "vitest";
import type { SynapseClient } from "./client";
import { SynapseError } from "./errors";
import {
  adminTestClient,
  registerTestUser,
  uniqueLocalpart,
  type TestUser,
} from "./testing/synapse-fixture";

let client: SynapseClient;
let admin: TestUser;
beforeAll(async () => {
  ({ client, admin } = await adminTestClient());
});

describe("users on the real Synapse", () => {
  it("reads one user, typed, with creation_ts in ms like the list", async () => {
    const before = Date.now();
    const user = await registerTestUser({ admin: false, prefix: "get" });
    const got = await client.users.get(user.userId);
    expect(got).toMatchObject({
      name: user.userId,
      displayname: user.localpart,
      avatar_url: null,
      admin: false,
      deactivated: false,
      locked: false,
      shadow_banned: false,
      is_guest: false,
      user_type: null,
      appservice_id: null,
      threepids: [],
      external_ids: [],
    });
    // Synapse sends seconds here; we normalise, so it must lie within this test's run.
    expect(got.creation_ts).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(got.creation_ts).toBeLessThanOrEqual(Date.now());
    const listed = await client.users.list({ user_id: user.localpart });
    expect(listed.users.map((entry) => entry.creation_ts)).toEqual([got.creation_ts]);
  });

  it("encodes IDs with characters that mean something in a URL", async () => {
    const user = await registerTestUser({
      admin: false,
      localpart: `${uniqueLocalpart("enc")}/a=b+c`,
    });
    expect((await client.users.get(user.userId)).name).toBe(user.userId);
  });

  it("says in a sentence that a user does not exist", async () => {
    const missing = `@${uniqueLocalpart("missing")}:localhost`;
    const error = await client.users.get(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SynapseError);
    expect(error).toMatchObject({
      kind: "not_found",
      status: 404,
      errcode: "M_NOT_FOUND",
      message: `Synapse could not read the user ${missing}: User not found (M_NOT_FOUND).`,
    });
  });

  it("pages through a filtered list with next_token", async () => {
    const prefix = uniqueLocalpart("page");
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await registerTestUser({ admin: false, localpart: `${prefix}-${i}` }));

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let from: string | undefined;
    do {
      const page = await client.users.list({ user_id: prefix, limit: 2, from, order_by: "name" });
      expect(page.total).toBe(5);
      seen.push(...page.users.map((user) => user.name));
      pageSizes.push(page.users.length);
      from = page.next_token;
    } while (from !== undefined);

    expect(pageSizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(made.map((user) => user.userId));
  });

  it("filters on deactivated both ways (v3 semantics)", async () => {
    const prefix = uniqueLocalpart("deact");
    const active = await registerTestUser({ admin: false, localpart: `${prefix}-active` });
    const gone = await registerTestUser({ admin: false, localpart: `${prefix}-gone` });
    await client.users.update(gone.userId, { deactivated: true });

    const names = async (deactivated?: boolean) =>
      (await client.users.list({ user_id: prefix, deactivated })).users
        .map((user) => user.name)
        .sort();
    expect(await names(true)).toEqual([gone.userId]);
    expect(await names(false)).toEqual([active.userId]);
    expect(await names()).toEqual([active.userId, gone.userId].sort());
  });

  it("changes a display name, as reading it back shows", async () => {
    const user = await registerTestUser({ admin: false, prefix: "rename" });
    const newName = `Renamed ${uniqueLocalpart("x")}`;
    const { user: updated, created } = await client.users.update(user.userId, {
      displayname: newName,
    });
    expect(created).toBe(false);
    expect(updated.displayname).toBe(newName);
    expect((await client.users.get(user.userId)).displayname).toBe(newName);
  });

  it("reports that a PUT created a user that did not exist", async () => {
    const userId = `@${uniqueLocalpart("made")}:localhost`;
    const { created, user } = await client.users.update(userId, { displayname: "Made by PUT" });
    expect(created).toBe(true);
    expect(user.name).toBe(userId);
  });

  it("tells admins from other users", async () => {
    const plain = await registerTestUser({ admin: false, prefix: "plain" });
    expect(await client.users.isAdmin(admin.userId)).toBe(true);
    expect(await client.users.isAdmin(plain.userId)).toBe(false);
  });
});
