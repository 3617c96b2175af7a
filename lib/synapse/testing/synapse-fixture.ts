import { randomBytes } from "node:crypto";
import { z } from "zod";
import { createSynapseClient } from "../client";
import { createSynapseHttp, type SynapseHttp, type TokenSource } from "../http";
import { synapsePath } from "../path";
import { registerWithSharedSecret } from "../register";
import type { TokenStore } from "../service-account";

// Helpers for integration tests against the real Synapse started by scripts/test/synapse/start.sh.
// Test code, not app code: it reads process.env directly.

export type SynapseTestEnv = { url: string; sharedSecret: string };

/** The test Synapse's address and shared secret; throws (never skips) when the rig is not up. */
export function synapseTestEnv(): SynapseTestEnv {
  const url = process.env.SYNAPSE_URL;
  const sharedSecret = process.env.SYNAPSE_REGISTRATION_SHARED_SECRET;
  if (!url || !sharedSecret) {
    throw new Error(
      "SYNAPSE_URL and SYNAPSE_REGISTRATION_SHARED_SECRET must be set: start a test Synapse with scripts/test/synapse/start.sh and load the env file it writes.",
    );
  }
  return { url, sharedSecret };
}

export const TEST_TIMEOUTS = { timeoutMs: 10_000, maxRetryWaitMs: 10_000 };

/** A localpart no other test (or earlier run on the same server) uses. */
export function uniqueLocalpart(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

export function testHttp(auth?: TokenSource): SynapseHttp {
  return createSynapseHttp({ baseUrl: synapseTestEnv().url, ...TEST_TIMEOUTS, auth });
}

export type TestUser = {
  userId: string;
  localpart: string;
  password: string;
  token: string;
  deviceId: string;
};

/** Registers a fresh user through shared-secret registration and returns its first session. */
export async function registerTestUser(options: {
  admin: boolean;
  prefix?: string;
  localpart?: string;
}): Promise<TestUser> {
  const localpart = options.localpart ?? uniqueLocalpart(options.prefix ?? "user");
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const registered = await registerWithSharedSecret(testHttp(), {
    sharedSecret: synapseTestEnv().sharedSecret,
    username: localpart,
    password,
    admin: options.admin,
  });
  return {
    userId: registered.user_id,
    localpart,
    password,
    token: registered.access_token,
    deviceId: registered.device_id,
  };
}

/** A TokenStore in memory that remembers every save. */
export function memoryStore(initial: string | null = null) {
  let stored = initial;
  const saves: Array<{ token: string; deviceId: string | null }> = [];
  const store: TokenStore = {
    load: async () => stored,
    save: async (token, deviceId) => {
      stored = token;
      saves.push({ token, deviceId });
    },
  };
  return { store, saves };
}

/** A client acting as a freshly registered admin (its token given as a plain access token). */
export async function adminTestClient() {
  const admin = await registerTestUser({ admin: true, prefix: "admin" });
  const client = createSynapseClient({
    baseUrl: synapseTestEnv().url,
    tokenSource: { getToken: async () => admin.token },
    ...TEST_TIMEOUTS,
  });
  return { admin, client };
}

const roomCreatedSchema = z.looseObject({ room_id: z.string() });

/** Creates a room as the given user (client-server API); returns its ID. */
export async function createTestRoom(token: string, name: string): Promise<string> {
  const { room_id } = await testHttp().request(roomCreatedSchema, {
    method: "POST",
    path: "/_matrix/client/v3/createRoom",
    auth: { token },
    body: { name, preset: "private_chat" },
    what: `create the room ${name}`,
  });
  return room_id;
}

const devicesSchema = z.looseObject({ devices: z.array(z.looseObject({ device_id: z.string() })) });

/** The IDs of a user's devices, read with an admin's token. */
export async function deviceIdsOf(userId: string, adminToken: string): Promise<string[]> {
  const { devices } = await testHttp().request(devicesSchema, {
    path: synapsePath`/_synapse/admin/v2/users/${userId}/devices`,
    auth: { token: adminToken },
  });
  return devices.map((device) => device.device_id);
}
