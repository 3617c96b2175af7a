import { describe, expect, it } from "vitest";
import { isBackingOff } from "@/lib/synapse/federation";
import { seedFailedDestination } from "@/lib/synapse/testing/failed-destination";
import { prepareTestAppEnv, registerTestUser, synapseHttp } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { resetDestinationConnection } = await import("./reset-destination-connection");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("federation-checker", true);
const as = (role: "admin" | "operator") => async () => ({
  matrixId: `@a-${role}:localhost`,
  role,
});

const seed = () =>
  seedFailedDestination({ client: checker.client, http: synapseHttp(), token: checker.token });

const entriesFor = (destination: string) =>
  db.auditEntry.findMany({
    where: { action: "federation.reset_connection", targetId: destination },
    include: { outcome: true },
  });

describe("resetting a federation destination's connection", () => {
  it("ends the back-off for an admin and audits it against the destination", async () => {
    const destination = await seed();
    const result = await runAction(
      resetDestinationConnection.definition,
      { destination },
      as("admin"),
    );
    expect(result).toEqual({ ok: true, data: { destination, backingOff: false } });
    expect(isBackingOff(await checker.client.federation.get(destination))).toBe(false);
    const entries = await entriesFor(destination);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: "@a-admin:localhost",
      targetType: "homeserver",
      input: { destination },
      outcome: { outcome: "success" },
    });
  });

  it("says why when Synapse refuses: not backing off, or never known; both audited as failures", async () => {
    const destination = await seed();
    await checker.client.federation.resetConnection(destination);
    const notBackingOff = await runAction(
      resetDestinationConnection.definition,
      { destination },
      as("admin"),
    );
    expect(notBackingOff).toMatchObject({
      ok: false,
      error: expect.stringContaining(`Synapse is not backing off ${destination}`),
    });
    const unknown = `never-${destination}`;
    const neverKnown = await runAction(
      resetDestinationConnection.definition,
      { destination: unknown },
      as("admin"),
    );
    expect(neverKnown).toMatchObject({
      ok: false,
      error: `Synapse has never talked to ${unknown}; there is nothing to reset.`,
    });
    for (const target of [destination, unknown]) {
      const entries = await entriesFor(target);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.outcome).toMatchObject({ outcome: "failure" });
    }
  });

  it("refuses an operator: the back-off stays and nothing is audited", async () => {
    const destination = await seed();
    const result = await runAction(
      resetDestinationConnection.definition,
      { destination },
      as("operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect(isBackingOff(await checker.client.federation.get(destination))).toBe(true);
    expect(await entriesFor(destination)).toHaveLength(0);
  });
});
