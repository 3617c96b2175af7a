import { afterAll, describe, expect, it } from "vitest";
import { createSynapseClient } from "./client";
import { isSynapseError } from "./errors";
import { startSynapseProxy } from "./testing/synapse-proxy";
import {
  adminTestClient,
  registerTestUser,
  synapseTestEnv,
  testHttp,
  TEST_TIMEOUTS,
  uniqueLocalpart,
} from "./testing/synapse-fixture";
import { isEndpointMissing, reportUser } from "./user-reports";

// A Synapse before 1.152 does not know /user_reports. The test Synapse does, so a proxy asks it for a
// path it has never had instead: the 404 the console gets is Synapse's own answer to an unknown
// admin API, as an older Synapse gives it.
const olderSynapse = await startSynapseProxy(synapseTestEnv().url, {
  rewritePath: (path) =>
    path.replace("/_synapse/admin/v1/user_reports", "/_synapse/admin/v1/no_such_api"),
});
afterAll(() => olderSynapse.close());

describe("user reports on the real Synapse", () => {
  it("lists reports made through the client API by reported user and reporter, pages, reads one and deletes it", async () => {
    const { client } = await adminTestClient();
    const target = await registerTestUser({ admin: false, prefix: "reported" });
    const reporters = [
      await registerTestUser({ admin: false, prefix: "reporter" }),
      await registerTestUser({ admin: false, prefix: "reporter" }),
    ];
    const http = testHttp();
    for (const [n, reporter] of reporters.entries()) {
      await reportUser(http, reporter.token, {
        targetUserId: target.userId,
        reason: `spams everyone, report ${n + 1}`,
      });
    }
    // Synapse hides whether a user exists: a report about nobody is answered {} and kept nowhere.
    const nobody = `@${uniqueLocalpart("nobody")}:localhost`;
    await reportUser(http, reporters[0]!.token, { targetUserId: nobody, reason: "ghost" });
    expect((await client.userReports.list({ target_user_id: nobody })).total).toBe(0);

    const newestFirst = await client.userReports.list({ target_user_id: target.userId, limit: 1 });
    expect(newestFirst.total).toBe(2);
    expect(newestFirst.user_reports.map((report) => report.reason)).toEqual([
      "spams everyone, report 2",
    ]);
    expect(newestFirst.next_token).toBe(1);
    const secondPage = await client.userReports.list({
      target_user_id: target.userId,
      limit: 1,
      from: newestFirst.next_token,
    });
    expect(secondPage.user_reports.map((report) => report.user_id)).toEqual([reporters[0]!.userId]);
    expect(secondPage.next_token).toBeUndefined();

    const byReporter = await client.userReports.list({ user_id: reporters[1]!.userId, dir: "f" });
    expect(byReporter.user_reports).toEqual([
      expect.objectContaining({
        target_user_id: target.userId,
        user_id: reporters[1]!.userId,
        reason: "spams everyone, report 2",
      }),
    ]);

    const [report] = byReporter.user_reports;
    const read = await client.userReports.get(report!.id);
    expect(read).toEqual({ ...report, received_ts: expect.any(Number) });
    expect(Math.abs(read.received_ts - Date.now())).toBeLessThan(60_000);

    await client.userReports.delete(read.id);
    const gone = await client.userReports.get(read.id).catch((error: unknown) => error);
    expect(isSynapseError(gone, "not_found")).toBe(true);
    // Gone, not "no such API": the page says "not found", not "upgrade Synapse".
    expect(isEndpointMissing(gone)).toBe(false);
    const left = await client.userReports.list({ target_user_id: target.userId });
    expect(left.user_reports.map((listed) => listed.user_id)).toEqual([reporters[0]!.userId]);
  });

  it("tells a Synapse without the user reports API, by Synapse's own answer to an unknown path", async () => {
    const { admin } = await adminTestClient();
    const older = createSynapseClient({
      baseUrl: olderSynapse.url,
      tokenSource: { getToken: async () => admin.token },
      ...TEST_TIMEOUTS,
    });
    for (const call of [
      () => older.userReports.list(),
      () => older.userReports.get("1"),
      () => older.userReports.delete("1"),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(isSynapseError(error, "not_found")).toBe(true);
      expect(isEndpointMissing(error)).toBe(true);
      expect((error as Error).message).toBe(
        "This Synapse has no admin API for user reports (it came in Synapse 1.152); upgrade Synapse to read them.",
      );
      expect((error as { errcode?: string }).errcode).toBe("M_UNRECOGNIZED");
    }
    // The proxy did send them on to Synapse, rewritten.
    expect(olderSynapse.seen.filter((seen) => seen.path.includes("user_reports"))).toHaveLength(3);
  });
});
