// Self-test of the Synapse test rig against real Synapse processes: two instances side by side,
// seeding, high and low rate limits, fresh data at restart, port clash refused, clean stop.
// Needs root. Usage: npx tsx scripts/test/synapse/check-rig.ts
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, promisify } from "node:util";

type Instance = { name: string; port: number; envFile: string; rateLimited: boolean };

const run = promisify(execFile);
const here = path.dirname(path.resolve(process.argv[1] ?? "scripts/test/synapse/check-rig.ts"));
const normal = instance("rigcheck", 18108, false);
const limited = instance("rigcheck-limited", 18109, true);

function instance(name: string, port: number, rateLimited: boolean): Instance {
  return { name, port, envFile: `/tmp/synapse-console-${name}.env`, rateLimited };
}

function rigEnv(target: Instance): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SYNAPSE_INSTANCE: target.name,
    SYNAPSE_PORT: String(target.port),
    SYNAPSE_ENV_FILE: target.envFile,
    SYNAPSE_RATE_LIMITED: target.rateLimited ? "1" : "0",
  };
}

async function script(file: string, target: Instance): Promise<void> {
  await run(path.join(here, file), [], { env: rigEnv(target) });
}

async function seed(target: Instance): Promise<void> {
  // From the repo root, so npx uses the repo's tsx instead of fetching one.
  const cwd = path.resolve(here, "../../..");
  await run("npx", ["tsx", path.join(here, "seed.ts"), target.envFile], { cwd, env: process.env });
}

function readEnvFile(target: Instance): Record<string, string | undefined> {
  return parseEnv(readFileSync(target.envFile, "utf8"));
}

async function login(target: Instance, user: string, password: string) {
  const response = await fetch(`http://127.0.0.1:${target.port}/_matrix/client/v3/login`, {
    method: "POST",
    body: JSON.stringify({
      type: "m.login.password",
      identifier: { type: "m.id.user", user },
      password,
    }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function adminGetUser(target: Instance, token: string, userId: string) {
  const url = `http://127.0.0.1:${target.port}/_synapse/admin/v2/users/${encodeURIComponent(userId)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function pidAlive(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(" ")[2]?.startsWith("Z");
  } catch {
    return false;
  }
}

async function step(title: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await body();
  console.log(`ok   ${title} (${Date.now() - started} ms)`);
}

async function checks(): Promise<void> {
  await step("two instances start side by side", async () => {
    await Promise.all([script("start.sh", normal), script("start.sh", limited)]);
  });
  const first = readEnvFile(normal);
  const firstPid = Number(readFileSync(first.SYNAPSE_PID_FILE ?? "", "utf8"));
  await step("env file names the server and a live pid", async () => {
    assert.equal(first.SYNAPSE_URL, `http://127.0.0.1:${normal.port}`);
    assert.equal(first.SYNAPSE_SERVER_NAME, "localhost");
    assert.match(first.SYNAPSE_REGISTRATION_SHARED_SECRET ?? "", /^[0-9a-f]{64}$/);
    assert.ok(pidAlive(firstPid));
  });
  await step("seeding registers the users, twice without harm", async () => {
    await Promise.all([seed(normal), seed(limited)]);
    await seed(normal);
    const env = readEnvFile(normal);
    assert.equal(env.E2E_ADMIN_USER, "@e2e-admin:localhost");
    assert.equal(env.E2E_OPERATOR_USER, "@e2e-operator:localhost");
    assert.equal(readFileSync(normal.envFile, "utf8").match(/^E2E_USER=/gm)?.length, 1);
  });
  const env = readEnvFile(normal);
  await step("the seeded admin is a Synapse admin and the user is not", async () => {
    const admin = await login(normal, "e2e-admin", env.E2E_ADMIN_PASSWORD ?? "");
    assert.equal(admin.status, 200);
    const token = String(admin.json.access_token);
    assert.equal((await adminGetUser(normal, token, "@e2e-admin:localhost")).json.admin, true);
    assert.equal((await adminGetUser(normal, token, "@e2e-user:localhost")).json.admin, false);
    const user = await login(normal, "e2e-user", env.E2E_USER_PASSWORD ?? "");
    const denied = await adminGetUser(
      normal,
      String(user.json.access_token),
      "@e2e-user:localhost",
    );
    assert.equal(denied.status, 403);
  });
  await step("the normal instance does not rate limit 15 failed logins", async () => {
    for (let i = 0; i < 15; i++)
      assert.equal((await login(normal, "e2e-user", "wrong")).status, 403);
  });
  await step("the rate-limited instance answers 429 with retry_after_ms", async () => {
    const password = readEnvFile(limited).E2E_USER_PASSWORD ?? "";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await login(limited, "e2e-user", password);
      statuses.push(reply.status);
      if (reply.status !== 429) continue;
      assert.equal(reply.json.errcode, "M_LIMIT_EXCEEDED");
      assert.ok(Number(reply.json.retry_after_ms) > 0);
      break;
    }
    assert.deepEqual(statuses.slice(0, 2), [200, 200]);
    assert.equal(statuses.at(-1), 429);
  });
  await step("a port already in use is refused", async () => {
    const clash = instance("rigcheck-clash", normal.port, false);
    await assert.rejects(script("start.sh", clash), /already listens/);
  });
  await step("restarting a running instance replaces it with fresh data", async () => {
    await script("start.sh", normal);
    assert.ok(!pidAlive(firstPid));
    assert.equal(readEnvFile(normal).E2E_USER, undefined);
    assert.equal((await login(normal, "e2e-user", env.E2E_USER_PASSWORD ?? "")).status, 403);
  });
  await step("stop ends both, twice without harm, and leaves no mount", async () => {
    const pids = [normal, limited].map((target) =>
      Number(readFileSync(readEnvFile(target).SYNAPSE_PID_FILE ?? "", "utf8")),
    );
    await Promise.all([script("stop.sh", normal), script("stop.sh", limited)]);
    await script("stop.sh", normal);
    for (const pid of pids) assert.ok(!pidAlive(pid), `pid ${pid} still alive`);
    await assert.rejects(fetch(`http://127.0.0.1:${normal.port}/health`));
    const rootfs = process.env.SYNAPSE_ROOTFS ?? "/var/cache/synapse-console/synapse-rootfs";
    const mounts = readFileSync("/proc/mounts", "utf8").split("\n");
    assert.deepEqual(
      mounts.filter((line) => line.split(" ")[1]?.startsWith(`${rootfs}/`)),
      [],
    );
  });
}

checks()
  .catch((error: unknown) => {
    console.error("FAIL", error);
    process.exitCode = 1;
  })
  .finally(() => Promise.all([script("stop.sh", normal), script("stop.sh", limited)]));
