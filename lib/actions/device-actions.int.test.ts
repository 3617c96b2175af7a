import { describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { renameDevice } = await import("./rename-device");
const { deleteDevices } = await import("./delete-devices");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("device-checker", true);
const asUser = (matrixId: string, role: "viewer" | "operator" | "admin") => async () => ({
  matrixId,
  role,
});
const deviceIdsOf = async (userId: string) =>
  (await checker.client.devices.list(userId)).devices.map((device) => device.device_id).sort();

/** A user with its registration device and two more from password logins. */
async function userWithThreeDevices() {
  const user = await registerTestUser("device-owner");
  for (const name of ["phone", "tablet"])
    await user.client.session.login({
      user: user.id,
      password: user.password,
      deviceDisplayName: name,
    });
  const deviceIds = await deviceIdsOf(user.id);
  expect(deviceIds).toHaveLength(3);
  return { user, deviceIds };
}

describe("device actions against the real Synapse", () => {
  it("renames a device for an operator and audits it on the user", async () => {
    const { user, deviceIds } = await userWithThreeDevices();
    const deviceId = deviceIds[0]!;
    const result = await runAction(
      renameDevice.definition,
      { userId: user.id, deviceId, displayName: "  Work laptop " },
      asUser("@dev-operator:localhost", "operator"),
    );
    expect(result).toEqual({ ok: true, data: { deviceId, displayName: "Work laptop" } });
    const devices = (await checker.client.devices.list(user.id)).devices;
    expect(devices.find((device) => device.device_id === deviceId)?.display_name).toBe(
      "Work laptop",
    );
    expect(
      await db.auditEntry.findMany({
        where: { action: "device.rename", targetId: user.id },
        include: { outcome: true },
      }),
    ).toMatchObject([
      {
        actorId: "@dev-operator:localhost",
        targetType: "user",
        input: { userId: user.id, deviceId, displayName: "Work laptop" },
        outcome: { outcome: "success" },
      },
    ]);
  });

  it("refuses a viewer: no device goes, nothing is audited", async () => {
    const { user, deviceIds } = await userWithThreeDevices();
    const result = await runAction(
      deleteDevices.definition,
      { userId: user.id, deviceIds },
      asUser("@dev-viewer:localhost", "viewer"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the operator role; you are viewer.",
    });
    expect(await deviceIdsOf(user.id)).toEqual(deviceIds);
    expect(await db.auditEntry.count({ where: { targetId: user.id } })).toBe(0);
  });

  it("deletes the selected devices only, with one audit entry per device", async () => {
    const { user, deviceIds } = await userWithThreeDevices();
    const [keep, ...gone] = deviceIds as [string, ...string[]];
    const result = await runAction(
      deleteDevices.definition,
      { userId: user.id, deviceIds: [...gone, gone[0]!] },
      asUser("@dev-operator:localhost", "operator"),
    );
    expect(result).toEqual({ ok: true, data: gone.map((deviceId) => ({ deviceId, ok: true })) });
    expect(await deviceIdsOf(user.id)).toEqual([keep]);
    const entries = await db.auditEntry.findMany({
      where: { action: "device.delete", targetId: user.id },
      include: { outcome: true },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => entry.input).sort()).toEqual(
      gone.map((deviceId) => ({ userId: user.id, deviceId })).sort(),
    );
    expect(entries.map((entry) => entry.outcome?.outcome)).toEqual(["success", "success"]);
  });

  it("reports a missing user per device, in words", async () => {
    const ghost = `@ghost-dev-${Date.now().toString(36)}:localhost`;
    const result = await runAction(
      deleteDevices.definition,
      { userId: ghost, deviceIds: ["ABCDEFGH"] },
      asUser("@dev-operator:localhost", "operator"),
    );
    expect(result).toMatchObject({ ok: true, data: [{ deviceId: "ABCDEFGH", ok: false }] });
    if (result.ok && !result.data[0]!.ok) expect(result.data[0]!.error).toContain(ghost);
  });
});
