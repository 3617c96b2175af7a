import { describe, expect, it } from "vitest";
import { isSynapseError } from "./errors";
import { isBackingOff } from "./federation";
import { seedFailedDestination } from "./testing/failed-destination";
import { adminTestClient, testHttp } from "./testing/synapse-fixture";

describe("federation destinations on the real Synapse", () => {
  it("keeps a server it failed to reach in back-off, lists it, and resets it on request", async () => {
    const { admin, client } = await adminTestClient();
    const destination = await seedFailedDestination({
      client,
      http: testHttp(),
      token: admin.token,
    });

    const details = await client.federation.get(destination);
    expect(details.destination).toBe(destination);
    expect(isBackingOff(details)).toBe(true);
    expect(details.failure_ts).toBeGreaterThan(Date.now() - 120_000);

    const all = await client.federation.list({ order_by: "destination", limit: 1000 });
    expect(all.destinations.map((row) => row.destination)).toContain(destination);
    const newestFailureFirst = await client.federation.list({
      order_by: "failure_ts",
      dir: "b",
      limit: 1,
    });
    expect(newestFailureFirst.destinations).toHaveLength(1);
    expect(newestFailureFirst.total).toBe(all.total);
    if (all.total > 1) expect(newestFailureFirst.next_token).toBe(1);

    const rooms = await client.federation.rooms(destination);
    expect(rooms).toMatchObject({ rooms: [], total: 0 });

    await client.federation.resetConnection(destination);
    expect(isBackingOff(await client.federation.get(destination))).toBe(false);
    // Not in back-off any more: Synapse refuses a second reset.
    const again = await client.federation.resetConnection(destination).catch((e: unknown) => e);
    expect(isSynapseError(again, "bad_request")).toBe(true);
  });

  it("answers not found for a server it never knew", async () => {
    const { client } = await adminTestClient();
    // One call at a time: a rejected promise nobody awaits yet is an unhandled rejection.
    for (const call of [
      () => client.federation.get("never-seen.invalid"),
      () => client.federation.resetConnection("never-seen.invalid"),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(isSynapseError(error, "not_found")).toBe(true);
    }
  });
});
