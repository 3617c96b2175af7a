import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { setBackgroundUpdatesEnabled } = await import("./set-background-updates-enabled");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("background-checker", true);
const as = (role: "admin" | "operator") => async () => ({
  matrixId: `@bg-${role}-${Date.now()}:localhost`,
  role,
});

const entriesBy = (actorId: string) =>
  db.auditEntry.findMany({
    where: { action: "server.set_background_updates", actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

afterAll(async () => {
  await checker.client.backgroundUpdates.setEnabled(true);
});

describe("pausing and resuming background updates", () => {
  it("records from → to for an admin each way", async () => {
    const admin = as("admin");
    const { matrixId } = await admin();
    const actor = async () => ({ matrixId, role: "admin" as const });
    const paused = await runAction(
      setBackgroundUpdatesEnabled.definition,
      { enabled: false },
      actor,
    );
    expect(paused).toEqual({ ok: true, data: { enabled: false } });
    expect((await checker.client.backgroundUpdates.status()).enabled).toBe(false);
    const resumed = await runAction(
      setBackgroundUpdatesEnabled.definition,
      { enabled: true },
      actor,
    );
    expect(resumed).toEqual({ ok: true, data: { enabled: true } });
    expect((await checker.client.backgroundUpdates.status()).enabled).toBe(true);

    const entries = await entriesBy(matrixId);
    expect(entries.map((entry) => [entry.targetType, entry.targetId, entry.input])).toEqual([
      ["homeserver", "background updates", { enabled: false }],
      ["homeserver", "background updates", { enabled: true }],
    ]);
    expect(entries.map((entry) => entry.outcome?.changes)).toEqual([
      [{ field: "background_updates_enabled", from: true, to: false }],
      [{ field: "background_updates_enabled", from: false, to: true }],
    ]);
  });

  it("refuses an operator: updates keep running and nothing is audited", async () => {
    const operator = as("operator");
    const { matrixId } = await operator();
    const result = await runAction(
      setBackgroundUpdatesEnabled.definition,
      { enabled: false },
      async () => ({ matrixId, role: "operator" as const }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });
    expect((await checker.client.backgroundUpdates.status()).enabled).toBe(true);
    expect(await entriesBy(matrixId)).toHaveLength(0);
  });
});
