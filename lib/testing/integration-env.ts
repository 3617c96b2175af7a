// Integration tests run against the real PostgreSQL and Synapse that `npm test` starts; this says
// loudly when they are missing instead of skipping.
import { randomBytes } from "node:crypto";
import { createSynapseClient, createSynapseHttp, registerWithSharedSecret } from "@/lib/synapse";

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through "npm test"`);
  return value;
}

/** The app's own settings for tests, with throwaway secrets. */
export function prepareTestAppEnv() {
  // Fixed, since every test file shares one database and must read what the others encrypted.
  process.env.SECRETS_KEY ||= "1e57".repeat(16);
  process.env.NEXTAUTH_SECRET ||= "integration-tests-only-nextauth-secret-0123456789";
  requireEnv("DATABASE_URL");
  requireEnv("SYNAPSE_URL");
  requireEnv("SYNAPSE_REGISTRATION_SHARED_SECRET");
}

export function synapseHttp() {
  return createSynapseHttp({
    baseUrl: requireEnv("SYNAPSE_URL"),
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
}

/** A user with a unique name, registered through the shared secret, and a client acting as them. */
export async function registerTestUser(prefix: string, admin = false) {
  const username = `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  const registered = await registerWithSharedSecret(synapseHttp(), {
    sharedSecret: requireEnv("SYNAPSE_REGISTRATION_SHARED_SECRET"),
    username,
    password,
    admin,
  });
  const client = createSynapseClient({
    baseUrl: requireEnv("SYNAPSE_URL"),
    tokenSource: { getToken: async () => registered.access_token },
    timeoutMs: 15_000,
    maxRetryWaitMs: 10_000,
  });
  return { id: registered.user_id, password, token: registered.access_token, client };
}
