import { beforeAll, describe, expect, it } from "vitest";
import type { SynapseClient } from "./client";
import { findNoticesOf } from "./testing/server-notice-room";
import {
  adminTestClient,
  registerTestUser,
  testHttp,
  uniqueLocalpart,
  type TestUser,
} from "./testing/synapse-fixture";

let client: SynapseClient;
let admin: TestUser;
beforeAll(async () => {
  ({ client, admin } = await adminTestClient());
});

describe("server notices on the real Synapse (server_notices on in the test config)", () => {
  it("puts the notice in the user's server notices room, sent by the notices account", async () => {
    const user = await registerTestUser({ admin: false, prefix: "notice" });
    const body = `Maintenance on Sunday ${uniqueLocalpart("n")}`;
    const eventId = await client.serverNotices.send({
      userId: user.userId,
      body,
      txnId: uniqueLocalpart("txn"),
    });

    const notices = await findNoticesOf(testHttp(), admin.token, user.userId);
    expect(notices).toEqual([
      { roomId: expect.stringMatching(/^!/), eventId, sender: "@notices:localhost", body },
    ]);
  });

  it("sends one notice for two sends with the same transaction ID", async () => {
    const user = await registerTestUser({ admin: false, prefix: "notice-txn" });
    const notice = { userId: user.userId, body: "Only once", txnId: uniqueLocalpart("txn") };
    const first = await client.serverNotices.send(notice);
    const second = await client.serverNotices.send(notice);
    expect(second).toBe(first);
    expect(await findNoticesOf(testHttp(), admin.token, user.userId)).toHaveLength(1);
  });

  it("refuses a user of another server and a user that does not exist", async () => {
    const send = (userId: string) =>
      client.serverNotices
        .send({ userId, body: "Hello", txnId: uniqueLocalpart("txn") })
        .catch((caught: unknown) => caught);
    expect(await send("@someone:elsewhere.invalid")).toMatchObject({
      kind: "bad_request",
      synapseMessage: "Server notices can only be sent to local users",
    });
    expect(await send(`@${uniqueLocalpart("missing")}:localhost`)).toMatchObject({
      kind: "not_found",
      errcode: "M_NOT_FOUND",
    });
  });
});
