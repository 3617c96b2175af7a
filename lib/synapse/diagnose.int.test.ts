import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { diagnoseConnection } from "./diagnose";
import { logout, whoAmI } from "./session";
import { json, startLocalHttpServer, type LocalHttpServer } from "./testing/local-http-server";
import {
  deviceIdsOf,
  registerTestUser,
  synapseTestEnv,
  TEST_TIMEOUTS,
  testHttp,
  uniqueLocalpart,
} from "./testing/synapse-fixture";

const env = () => synapseTestEnv();
let foreign: LocalHttpServer | undefined;
afterEach(async () => {
  await foreign?.close();
  foreign = undefined;
});

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

describe("diagnoseConnection succeeds", () => {
  it("with the shared secret, registering the bot and logging its test session out again", async () => {
    const localpart = uniqueLocalpart("diag");
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "shared_secret",
      secret: env().sharedSecret,
      localpart,
      ...TEST_TIMEOUTS,
    });
    expect(result).toEqual({
      ok: true,
      serverVersion: expect.stringMatching(/^1\.\d+/),
      serviceUserId: `@${localpart}:localhost`,
      serverName: "localhost",
    });
    const admin = await registerTestUser({ admin: true, prefix: "observer" });
    expect(await deviceIdsOf(`@${localpart}:localhost`, admin.token)).toEqual([]);
  });

  it("with an admin token, which it leaves working", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "diag-token" });
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "access_token",
      secret: admin.token,
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({ ok: true, serviceUserId: admin.userId });
    expect((await whoAmI(testHttp(), admin.token)).user_id).toBe(admin.userId);
  });

  it("with an admin password, leaving no new device behind", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "diag-pw" });
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "password",
      secret: admin.password,
      userId: admin.userId,
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({ ok: true, serviceUserId: admin.userId });
    expect(await deviceIdsOf(admin.userId, admin.token)).toEqual([admin.deviceId]);
  });
});

describe("diagnoseConnection names the problem", () => {
  it("unreachable: nothing listens on the port", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const result = await diagnoseConnection({
      baseUrl,
      method: "access_token",
      secret: "x",
      ...TEST_TIMEOUTS,
    });
    expect(result).toEqual({
      ok: false,
      problem: "unreachable",
      message: `The homeserver at ${baseUrl} could not be reached (connection refused).`,
    });
  });

  it("not_synapse: a web server that is not a homeserver", async () => {
    foreign = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<h1>It works!</h1>");
    });
    const result = await diagnoseConnection({
      baseUrl: foreign.url,
      method: "access_token",
      secret: "x",
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: "not_synapse",
      message: expect.stringContaining(`${foreign.url} does not answer like a Matrix homeserver`),
    });
  });

  it("admin_api_unreachable: Matrix answers but the admin API does not", async () => {
    foreign = await startLocalHttpServer((request, response) => {
      if (request.url === "/_matrix/client/versions")
        return json(200, { versions: ["v1.11"] })(request, response);
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Not Found</h1>");
    });
    const result = await diagnoseConnection({
      baseUrl: foreign.url,
      method: "access_token",
      secret: "x",
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({ ok: false, problem: "admin_api_unreachable" });
  });

  it("bad_secret: the shared secret is wrong", async () => {
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "shared_secret",
      secret: "wrong-secret",
      localpart: uniqueLocalpart("diag"),
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: "bad_secret",
      message: expect.stringContaining("HMAC incorrect"),
    });
  });

  it("account_conflict: the bot's name is taken by an account with another password", async () => {
    const taken = await registerTestUser({ admin: false, prefix: "taken" });
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "shared_secret",
      secret: env().sharedSecret,
      localpart: taken.localpart,
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({ ok: false, problem: "account_conflict" });
  });

  it("not_admin: the token belongs to an ordinary user", async () => {
    const user = await registerTestUser({ admin: false, prefix: "plain" });
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "access_token",
      secret: user.token,
      ...TEST_TIMEOUTS,
    });
    expect(result).toEqual({
      ok: false,
      problem: "not_admin",
      message: `${user.userId} is not a server admin on this homeserver; the console needs an admin account.`,
    });
  });

  it("token_rejected: the token was logged out", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "gone" });
    await logout(testHttp(), admin.token);
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "access_token",
      secret: admin.token,
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({ ok: false, problem: "token_rejected" });
  });

  it("bad_password: the admin password is wrong", async () => {
    const admin = await registerTestUser({ admin: true, prefix: "diag-pw" });
    const result = await diagnoseConnection({
      baseUrl: env().url,
      method: "password",
      secret: "wrong",
      userId: admin.userId,
      ...TEST_TIMEOUTS,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: "bad_password",
      message: expect.stringContaining("Invalid username or password"),
    });
  });
});
