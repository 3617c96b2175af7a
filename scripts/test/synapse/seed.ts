// Registers the users the e2e tests sign in with on a test Synapse (shared-secret admin
// registration) and appends their credentials to the rig's env file.
// Usage: npx tsx scripts/test/synapse/seed.ts [ENV_FILE]
// The env file written by start.sh gives SYNAPSE_URL and SYNAPSE_REGISTRATION_SHARED_SECRET; without
// one, they come from the environment and the credentials are printed instead of appended.
// Passwords: E2E_ADMIN_PASSWORD, E2E_USER_PASSWORD, E2E_OPERATOR_PASSWORD, else fixed test defaults.
import { createHmac } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseEnv } from "node:util";

type SeedUser = {
  userKey: string;
  passwordKey: string;
  localpart: string;
  password: string;
  admin: boolean;
};

const REGISTER_PATH = "/_synapse/admin/v1/register";
const TIMEOUT_MS = 15_000;

const envFile =
  process.argv[2] ??
  process.env.SYNAPSE_ENV_FILE ??
  `/tmp/synapse-console-test-${process.env.SYNAPSE_INSTANCE ?? "test"}.env`;
const fileEnv = existsSync(envFile) ? parseEnv(readFileSync(envFile, "utf8")) : undefined;
const config = { ...process.env, ...fileEnv };

const users: SeedUser[] = [
  user("E2E_ADMIN_USER", "E2E_ADMIN_PASSWORD", "e2e-admin", true),
  user("E2E_USER", "E2E_USER_PASSWORD", "e2e-user", false),
  user("E2E_OPERATOR_USER", "E2E_OPERATOR_PASSWORD", "e2e-operator", false),
];

function user(userKey: string, passwordKey: string, localpart: string, admin: boolean): SeedUser {
  const password = process.env[passwordKey] || `${localpart}-password-not-secret`;
  return { userKey, passwordKey, localpart, password, admin };
}

function required(name: string): string {
  const value = config[name];
  if (value) return value;
  throw new Error(`${name} is not set (looked in ${envFile} and the environment)`);
}

async function requestJson(
  url: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { status: response.status, json: await response.json() };
}

function field(json: unknown, name: string): string | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const value: unknown = (json as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

// Registers one user; an existing one is fine, since seeding may run twice against one server.
async function register(
  baseUrl: string,
  secret: string,
  serverName: string,
  seed: SeedUser,
): Promise<{ userId: string; created: boolean }> {
  const nonceReply = await requestJson(baseUrl + REGISTER_PATH);
  const nonce = field(nonceReply.json, "nonce");
  if (!nonce) throw new Error(`no nonce from ${REGISTER_PATH} (HTTP ${nonceReply.status})`);
  const role = seed.admin ? "admin" : "notadmin";
  const mac = createHmac("sha1", secret)
    .update([nonce, seed.localpart, seed.password, role].join("\0"))
    .digest("hex");
  const body = { nonce, username: seed.localpart, password: seed.password, admin: seed.admin, mac };
  const reply = await requestJson(baseUrl + REGISTER_PATH, body);
  const userId = `@${seed.localpart}:${serverName}`;
  if (reply.status === 200)
    return { userId: field(reply.json, "user_id") ?? userId, created: true };
  if (field(reply.json, "errcode") === "M_USER_IN_USE") return { userId, created: false };
  throw new Error(`registering ${userId}: HTTP ${reply.status} ${JSON.stringify(reply.json)}`);
}

async function main() {
  const baseUrl = required("SYNAPSE_URL").replace(/\/+$/, "");
  const secret = required("SYNAPSE_REGISTRATION_SHARED_SECRET");
  const serverName = config.SYNAPSE_SERVER_NAME || "localhost";
  const lines: string[] = [];
  for (const seed of users) {
    const { userId, created } = await register(baseUrl, secret, serverName, seed);
    lines.push(`${seed.userKey}=${userId}`, `${seed.passwordKey}=${seed.password}`);
    const what = `${seed.admin ? "admin" : "user"} ${userId}`;
    console.error(`[seed] ${created ? "registered" : "already registered:"} ${what}`);
  }
  if (!fileEnv) {
    console.log(lines.join("\n"));
    return;
  }
  // Replace earlier E2E_ lines instead of appending twice, so reruns leave one value per key.
  const kept = readFileSync(envFile, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("E2E_"));
  writeFileSync(`${envFile}.tmp`, [...kept, ...lines, ""].join("\n"), { mode: 0o600 });
  renameSync(`${envFile}.tmp`, envFile);
  console.error(`[seed] credentials written to ${envFile}`);
}

main().catch((error: unknown) => {
  console.error(`[seed] ERROR: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
