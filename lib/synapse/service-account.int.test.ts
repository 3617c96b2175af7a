import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSynapseClient } from "./client";
import { SynapseError } from "./errors";
import { createSynapseHttp } from "./http";
import {
  createServiceTokenSource,
  type ServiceAccountConfig,
  type TokenStore,
} from "./service-account";
import { logout, whoAmI } from "./session";
import {
  memoryStore,
  registerTestUser,
  synapseTestEnv,
  TEST_TIMEOUTS,
  testHttp,
  uniqueLocalpart,
} from "./testing/synapse-fixture";
import { getUserAdminStatus } from "./users";

function sharedSecretConfig(
  localpart: string,
  secret = synapseTestEnv().sharedSecret,
): ServiceAccountConfig {
  return {
    baseUrl: synapseTestEnv().url,
    method: "shared_secret",
    secret,
    localpart,
    ...TEST_TIMEOUTS,
  };
}

function clientWith(config: ServiceAccountConfig, store: TokenStore) {
  const tokenSource = createServiceTokenSource(config, store);
  return createSynapseClient({ baseUrl: config.baseUrl, tokenSource, ...TEST_TIMEOUTS });
}

async function rejection(promise: Promise<unknown>): Promise<SynapseError> {
  const error = await promise.then(
    () => expect.fail("expected a rejection"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SynapseError);
  return error as SynapseError;
}

describe("shared-secret service account", () => {
  it("registers the bot as a server admin and saves its token", async () => {
    const localpart = uniqueLocalpart("bot");
    const { store, saves } = memoryStore();
    const source = createServiceTokenSource(sharedSecretConfig(localpart), store);

    const token = await source.getToken();
    expect(saves).toEqual([{ token, deviceId: expect.any(String) }]);
    const me = await whoAmI(testHttp(), token);
    expect(me.user_id).toMatch(new RegExp(`^@${localpart}:`));
    expect(await getUserAdminStatus(testHttp({ getToken: async () => token }), me.user_id)).toBe(
      true,
    );
    expect(await source.getToken()).toBe(token);
  });

  it("reuses the existing bot when our stored token is lost (M_USER_IN_USE, then log in)", async () => {
    const localpart = uniqueLocalpart("bot");
    const first = await createServiceTokenSource(
      sharedSecretConfig(localpart),
      memoryStore().store,
    ).getToken();
    const { store, saves } = memoryStore();
    const second = await createServiceTokenSource(sharedSecretConfig(localpart), store).getToken();

    expect(second).not.toBe(first);
    expect(saves).toHaveLength(1);
    const [a, b] = await Promise.all([whoAmI(testHttp(), first), whoAmI(testHttp(), second)]);
    expect(b.user_id).toBe(a.user_id);
  });

  it("uses a stored token without asking Synapse for a new one", async () => {
    const user = await registerTestUser({ admin: true, prefix: "stored" });
    const { store, saves } = memoryStore(user.token);
    const client = clientWith(sharedSecretConfig(uniqueLocalpart("unused")), store);
    expect((await client.session.whoAmI()).user_id).toBe(user.userId);
    expect(saves).toHaveLength(0);
  });

  it("heals itself after its token is logged out, with one new login for many requests", async () => {
    const { store, saves } = memoryStore();
    const client = clientWith(sharedSecretConfig(uniqueLocalpart("heal")), store);
    const me = await client.session.whoAmI();
    const oldToken = saves[0]?.token ?? expect.fail("no token saved");

    await logout(testHttp(), oldToken);
    const users = await Promise.all(Array.from({ length: 5 }, () => client.users.get(me.user_id)));

    expect(users.every((user) => user.name === me.user_id)).toBe(true);
    expect(saves).toHaveLength(2);
    expect(saves[1]?.token).not.toBe(oldToken);
    expect((await rejection(whoAmI(testHttp(), oldToken))).kind).toBe("unauthorized");
  });

  it("after its token is revoked, takes the token another process stored instead of logging in", async () => {
    const config = sharedSecretConfig(uniqueLocalpart("rotated"));
    const { store, saves } = memoryStore();
    const client = clientWith(config, store);
    const me = await client.session.whoAmI();
    const oldToken = saves[0]?.token ?? expect.fail("no token saved");
    // A token rotation elsewhere mints a new token, stores it, and revokes the old one.
    const rotated = await createServiceTokenSource(config, memoryStore().store).getToken();
    await store.save(rotated, null);
    await logout(testHttp(), oldToken);

    expect((await client.users.get(me.user_id)).name).toBe(me.user_id);
    expect(saves.map((save) => save.token)).toEqual([oldToken, rotated]);
  });

  it("explains an existing account whose password is not the derived one", async () => {
    const taken = await registerTestUser({ admin: true, prefix: "taken" });
    const error = await rejection(
      createServiceTokenSource(sharedSecretConfig(taken.localpart), memoryStore().store).getToken(),
    );
    expect(error.message).toContain(
      `The account "${taken.localpart}" exists on the homeserver, but not with the password`,
    );
  });

  it("says so when the shared secret is wrong", async () => {
    const source = createServiceTokenSource(
      sharedSecretConfig(uniqueLocalpart("bot"), "not-the-secret"),
      memoryStore().store,
    );
    const error = await rejection(source.getToken());
    expect(error).toMatchObject({
      kind: "forbidden",
      status: 403,
      synapseMessage: "HMAC incorrect",
    });
    expect(error.message).toContain("Synapse refused the registration shared secret");
  });
});

describe("access-token and password service accounts", () => {
  it("gives a clear error for a revoked admin token, and asks no one for a new one", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "revoked" });
    await logout(testHttp(), admin.token);
    const client = clientWith(
      { baseUrl: synapseTestEnv().url, method: "access_token", secret: admin.token },
      memoryStore().store,
    );
    const error = await rejection(client.users.list());
    expect(error.kind).toBe("unauthorized");
    expect(error.message).toBe("The admin access token was rejected by Synapse; give a new one.");
  });

  it("logs in with a password, and again after the token is logged out", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "pw" });
    const { store, saves } = memoryStore();
    const client = clientWith(
      {
        baseUrl: synapseTestEnv().url,
        method: "password",
        secret: admin.password,
        userId: admin.userId,
      },
      store,
    );
    expect((await client.session.whoAmI()).user_id).toBe(admin.userId);
    await logout(testHttp(), saves[0]?.token ?? expect.fail("no token saved"));
    expect((await client.users.get(admin.userId)).admin).toBe(true);
    expect(saves).toHaveLength(2);
  });

  it("passes on Synapse's refusal of a wrong password", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "pw" });
    const source = createServiceTokenSource(
      { baseUrl: synapseTestEnv().url, method: "password", secret: "wrong", userId: admin.userId },
      memoryStore().store,
    );
    const error = await rejection(source.getToken());
    expect(error).toMatchObject({ kind: "forbidden", errcode: "M_FORBIDDEN" });
    expect(error.message).toBe(
      `Synapse could not log in as ${admin.userId}: Invalid username or password (M_FORBIDDEN).`,
    );
  });
});

describe("401 handling in the HTTP layer", () => {
  it("refreshes once, and gives up when the new token is rejected too", async () => {
    let refreshes = 0;
    const http = createSynapseHttp({
      baseUrl: synapseTestEnv().url,
      ...TEST_TIMEOUTS,
      auth: {
        getToken: async () => "syt_not_a_real_token",
        refresh: async () => {
          refreshes++;
          return "syt_still_not_a_real_token";
        },
      },
    });
    const error = await rejection(
      http.request(z.unknown(), {
        path: "/_matrix/client/v3/account/whoami",
        what: "say whom the token belongs to",
      }),
    );
    expect(refreshes).toBe(1);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, errcode: "M_UNKNOWN_TOKEN" });
    expect(error.message).toContain("Synapse rejected the service account's new token too.");
    expect(error.message).not.toContain("not_a_real_token");
  });

  it("renews a rejected service token for a stream too (a thumbnail), once", async () => {
    const user = await registerTestUser({ admin: false, prefix: "stream" });
    let refreshes = 0;
    const http = createSynapseHttp({
      baseUrl: synapseTestEnv().url,
      ...TEST_TIMEOUTS,
      auth: {
        getToken: async () => "syt_rotated_away",
        refresh: async () => {
          refreshes++;
          return user.token;
        },
      },
    });
    const answer = await http.stream({
      path: "/_matrix/client/v3/account/whoami",
      what: "say whom the token belongs to",
    });
    expect(refreshes).toBe(1);
    expect(await answer.json()).toMatchObject({ user_id: user.userId });
  });
});
