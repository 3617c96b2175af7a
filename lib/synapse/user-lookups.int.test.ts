import { beforeAll, describe, expect, it } from "vitest";
import { groupSessions } from "@/components/users/user-sessions/group-sessions";
import type { SynapseClient } from "./client";
import {
  adminTestClient,
  registerTestUser,
  synapseTestEnv,
  uniqueLocalpart,
} from "./testing/synapse-fixture";
import { setTestPusher } from "./testing/user-activity";

let client: SynapseClient;
beforeAll(async () => {
  ({ client } = await adminTestClient());
});

describe("sessions (whois and devices) on the real Synapse", () => {
  it("lists the address and client the user's device connected with, under that device", async () => {
    const user = await registerTestUser({ admin: false, prefix: "sessions" });
    const userAgent = `SessionsPhone/2.0 (${uniqueLocalpart("ua")})`;
    // Any authenticated request records the token's address and client.
    await setTestPusher(
      { baseUrl: synapseTestEnv().url, token: user.token, userAgent },
      { pushkey: uniqueLocalpart("key"), appDisplayName: "Sessions", deviceDisplayName: "Phone" },
    );

    const connections = await client.users.connections(user.userId);
    expect(connections).toContainEqual(
      expect.objectContaining({ ip: "127.0.0.1", userAgent, lastSeen: expect.any(Number) }),
    );
    const { devices } = await client.devices.list(user.userId);
    expect(devices.map((device) => device.device_id)).toEqual([user.deviceId]);

    const groups = groupSessions(devices, connections);
    expect(groups).toEqual([
      {
        deviceId: user.deviceId,
        displayName: devices[0]?.display_name ?? null,
        rows: [{ ip: "127.0.0.1", userAgent, lastSeen: expect.any(Number) }],
      },
    ]);
  });
});

describe("finding a user by email or phone number (threepid) on the real Synapse", () => {
  it("finds the account after an email and a phone number are added through the admin API", async () => {
    const user = await registerTestUser({ admin: false, prefix: "threepid" });
    const email = `${uniqueLocalpart("mail")}@example.org`;
    const phone = `44${String(Date.now()).slice(-9)}`;
    expect(await client.users.findByThreepid("email", email)).toBeNull();

    await client.users.update(user.userId, {
      threepids: [
        { medium: "email", address: email },
        { medium: "msisdn", address: phone },
      ],
    });
    expect(await client.users.findByThreepid("email", email)).toBe(user.userId);
    expect(await client.users.findByThreepid("msisdn", phone)).toBe(user.userId);
    expect(await client.users.findByThreepid("email", `other-${email}`)).toBeNull();
  });
});
