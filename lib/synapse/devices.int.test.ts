import { beforeAll, describe, expect, it } from "vitest";
import type { SynapseClient } from "./client";
import { loginWithPassword, whoAmI } from "./session";
import {
  adminTestClient,
  registerTestUser,
  testHttp,
  uniqueLocalpart,
  type TestUser,
} from "./testing/synapse-fixture";

let client: SynapseClient;
beforeAll(async () => {
  ({ client } = await adminTestClient());
});

/** A user with its registration device plus `extra` password-login devices. */
async function userWithDevices(extra: number) {
  const user: TestUser = await registerTestUser({ admin: false, prefix: "dev" });
  const logins = [];
  for (let i = 0; i < extra; i++)
    logins.push(
      await loginWithPassword(testHttp(), {
        user: user.userId,
        password: user.password,
        deviceDisplayName: `login ${i}`,
      }),
    );
  return { user, logins };
}

const deviceIdsOf = async (userId: string) =>
  (await client.devices.list(userId)).devices.map((device) => device.device_id).sort();

describe("devices on the real Synapse", () => {
  it("renames a device", async () => {
    const { user } = await userWithDevices(0);
    await client.devices.rename(user.userId, user.deviceId, "Laptop at home");
    const [device] = (await client.devices.list(user.userId)).devices;
    expect(device).toMatchObject({ device_id: user.deviceId, display_name: "Laptop at home" });
  });

  it("deletes one device, which logs its token out, and leaves the others", async () => {
    const { user, logins } = await userWithDevices(1);
    const kept = logins[0]!;
    await client.devices.delete(user.userId, user.deviceId);
    expect(await deviceIdsOf(user.userId)).toEqual([kept.device_id]);
    await expect(whoAmI(testHttp(), user.token)).rejects.toMatchObject({ status: 401 });
    expect((await whoAmI(testHttp(), kept.access_token)).device_id).toBe(kept.device_id);
  });

  it("deletes several devices of one user at once", async () => {
    const { user, logins } = await userWithDevices(3);
    await client.devices.deleteMany(user.userId, [logins[0]!.device_id, logins[2]!.device_id]);
    expect(await deviceIdsOf(user.userId)).toEqual([user.deviceId, logins[1]!.device_id].sort());
  });

  it("says not found for a user that does not exist", async () => {
    const missing = `@${uniqueLocalpart("nodev")}:localhost`;
    await expect(client.devices.delete(missing, "ABCDEF")).rejects.toMatchObject({
      kind: "not_found",
      status: 404,
    });
  });

  it("deleting a device that is already gone succeeds quietly", async () => {
    const { user } = await userWithDevices(0);
    await client.devices.delete(user.userId, user.deviceId);
    await expect(client.devices.delete(user.userId, user.deviceId)).resolves.toBeUndefined();
  });
});
