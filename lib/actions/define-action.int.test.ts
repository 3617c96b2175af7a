import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { updateDisplayName } = await import("./update-display-name");
const { db } = await import("@/lib/db");

// Reads Synapse as an admin of its own, independent of the console.
const checker = await registerTestUser("wrapper-checker", true);
const displayNameOf = async (userId: string) =>
  (await checker.client.users.get(userId)).displayname;

const asUser = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});
const auditRowsFor = (targetId: string) => db.auditEntry.count({ where: { targetId } });

describe("the action wrapper, with the real display-name action", () => {
  it("refuses a viewer on the server: Synapse is untouched and nothing is audited", async () => {
    const target = await registerTestUser("wrapper-viewer-target");
    const result = await runAction(
      updateDisplayName.definition,
      { userId: target.id, displayName: "Viewer was here" },
      asUser("@some-viewer:localhost", "viewer"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the operator role; you are viewer.",
    });
    expect(await displayNameOf(target.id)).not.toBe("Viewer was here");
    expect(await auditRowsFor(target.id)).toBe(0);
  });

  it("refuses a caller without a session", async () => {
    const result = await runAction(
      updateDisplayName.definition,
      { userId: "@x:localhost", displayName: "x" },
      async () => null,
    );
    expect(result).toMatchObject({ ok: false, error: "Your session has ended. Sign in again." });
  });

  it("gives field errors for bad input before anything is sent or audited", async () => {
    const result = await runAction(
      updateDisplayName.definition,
      { userId: "bob", displayName: "" },
      asUser("@op:localhost", "operator"),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? null : Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "displayName",
      "userId",
    ]);
    expect(await auditRowsFor("bob")).toBe(0);
  });

  it("lets an operator change Synapse, with one audit entry naming them", async () => {
    const target = await registerTestUser("wrapper-operator-target");
    const result = await runAction(
      updateDisplayName.definition,
      { userId: target.id, displayName: "Renamed by operator" },
      asUser("@the-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { userId: target.id, after: "Renamed by operator" },
    });
    expect(await displayNameOf(target.id)).toBe("Renamed by operator");
    const entries = await db.auditEntry.findMany({
      where: { targetId: target.id },
      include: { outcome: true },
    });
    expect(entries).toMatchObject([
      {
        actorId: "@the-operator:localhost",
        actorRole: "operator",
        action: "user.set_displayname",
        outcome: { outcome: "success" },
      },
    ]);
  });
});
