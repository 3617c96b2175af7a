// Seeds a Synapse with enough users and rooms to measure the list pages on a big server.
// Usage: SYNAPSE_URL=… SYNAPSE_REGISTRATION_SHARED_SECRET=… npx tsx scripts/bench/seed-lists.ts
// Env: SEED_USERS (10000), SEED_ROOMS (1000), SEED_CONCURRENCY (8).
// Idempotent: it lists the bench users and rooms already there and creates only the missing ones,
// so a second run against the same Synapse creates nothing.
import {
  createSynapseClient,
  createSynapseHttp,
  isSynapseError,
  mapWithConcurrency,
  registerWithSharedSecret,
  type SynapseClient,
  type SynapseHttp,
} from "../../lib/synapse";
import { createRoom } from "../../lib/synapse/client-rooms";

export type SeedTargets = { users: number; rooms: number; concurrency: number };
export const DEFAULT_TARGETS: SeedTargets = {
  users: Number(process.env.SEED_USERS || 10_000),
  rooms: Number(process.env.SEED_ROOMS || 1_000),
  concurrency: Number(process.env.SEED_CONCURRENCY || 8),
};

export const BENCH_ADMIN = { localpart: "bench-admin", password: "bench-admin-password" };

const USER_PREFIX = "bench-user-";
const ROOM_PREFIX = "bench room ";
const LIST_PAGE = 1000;
const pad = (n: number) => String(n).padStart(5, "0");
export const benchUserLocalpart = (n: number) => `${USER_PREFIX}${pad(n)}`;
export const benchRoomName = (n: number) => `${ROOM_PREFIX}${pad(n)}`;

type Connection = { synapseUrl: string; sharedSecret: string };

function httpFor(synapseUrl: string): SynapseHttp {
  return createSynapseHttp({ baseUrl: synapseUrl, timeoutMs: 30_000, maxRetryWaitMs: 30_000 });
}

export function adminClient(synapseUrl: string, token: string): SynapseClient {
  return createSynapseClient({
    baseUrl: synapseUrl,
    tokenSource: { getToken: async () => token },
    timeoutMs: 30_000,
    maxRetryWaitMs: 30_000,
  });
}

/** Registers the benchmark's server admin, or signs it in when an earlier run registered it. */
export async function benchAdminToken({ synapseUrl, sharedSecret }: Connection): Promise<string> {
  try {
    const registered = await registerWithSharedSecret(httpFor(synapseUrl), {
      sharedSecret,
      username: BENCH_ADMIN.localpart,
      password: BENCH_ADMIN.password,
      admin: true,
    });
    return registered.access_token;
  } catch (error) {
    if (!isSynapseError(error) || error.errcode !== "M_USER_IN_USE") throw error;
    const login = await adminClient(synapseUrl, "").session.login({
      user: BENCH_ADMIN.localpart,
      password: BENCH_ADMIN.password,
    });
    return login.access_token;
  }
}

function throwOnFailures(results: Array<{ ok: boolean; error?: unknown }>, what: string) {
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) return;
  throw new Error(`${failed.length} ${what} failed; first: ${String(failed[0]?.error)}`);
}

/** The numbers of the bench users Synapse has, deactivated and locked ones included. */
async function existingUserNumbers(synapse: SynapseClient): Promise<Set<number>> {
  const numbers = new Set<number>();
  let from: number | string | undefined = 0;
  while (from !== undefined) {
    const page = await synapse.users.list({
      from,
      limit: LIST_PAGE,
      user_id: USER_PREFIX,
      locked: true,
      guests: true,
    });
    for (const user of page.users) {
      const match = /^@bench-user-(\d+):/.exec(user.name);
      if (match?.[1]) numbers.add(Number(match[1]));
    }
    from = page.next_token;
  }
  return numbers;
}

/** The numbers of the bench rooms Synapse has, by room name. */
async function existingRoomNumbers(synapse: SynapseClient): Promise<Set<number>> {
  const numbers = new Set<number>();
  let from: number | undefined = 0;
  while (from !== undefined) {
    const page = await synapse.rooms.list({ from, limit: LIST_PAGE, search_term: ROOM_PREFIX });
    for (const room of page.rooms) {
      const match = /^bench room (\d+)$/.exec(room.name ?? "");
      if (match?.[1]) numbers.add(Number(match[1]));
    }
    from = page.next_batch;
  }
  return numbers;
}

const missingUpTo = (target: number, have: Set<number>) =>
  Array.from({ length: target }, (_, i) => i + 1).filter((n) => !have.has(n));

async function seedUsers(synapse: SynapseClient, serverName: string, targets: SeedTargets) {
  const have = await existingUserNumbers(synapse);
  const missing = missingUpTo(targets.users, have);
  // One admin PUT per user: half the round trips of shared-secret registration (no nonce, no
  // device or access token made for a user nobody will sign in as).
  const results = await mapWithConcurrency(missing, targets.concurrency, (n) =>
    synapse.users.update(`@${benchUserLocalpart(n)}:${serverName}`, {
      password: `bench-password-${n}`,
      displayname: `Bench User ${pad(n)}`,
    }),
  );
  throwOnFailures(results, "user creations");
  return { existing: have.size, created: missing.length };
}

async function seedRooms(
  synapse: SynapseClient,
  http: SynapseHttp,
  token: string,
  targets: SeedTargets,
) {
  const have = await existingRoomNumbers(synapse);
  const missing = missingUpTo(targets.rooms, have);
  const results = await mapWithConcurrency(missing, targets.concurrency, (n) =>
    createRoom(http, token, { name: benchRoomName(n), preset: "private_chat" }),
  );
  throwOnFailures(results, "room creations");
  return { existing: have.size, created: missing.length };
}

/** Makes sure the Synapse holds bench users 1..`targets.users` and bench rooms 1..`targets.rooms`. */
export async function seedLists(connection: Connection, targets: SeedTargets = DEFAULT_TARGETS) {
  const started = performance.now();
  const token = await benchAdminToken(connection);
  const synapse = adminClient(connection.synapseUrl, token);
  const me = await synapse.session.whoAmI();
  const serverName = me.user_id.slice(me.user_id.indexOf(":") + 1);
  const users = await seedUsers(synapse, serverName, targets);
  const usersDone = performance.now();
  const rooms = await seedRooms(synapse, httpFor(connection.synapseUrl), token, targets);
  const done = performance.now();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `[seed] users: ${users.existing} there, ${users.created} created (${seconds(started, usersDone)} s); ` +
      `rooms: ${rooms.existing} there, ${rooms.created} created (${seconds(usersDone, done)} s); ` +
      `concurrency ${targets.concurrency}; total ${seconds(started, done)} s`,
  );
  return { token, seconds: (done - started) / 1000 };
}

// Run as a script (not imported by lists.ts). No top-level await: tsx loads this file as CommonJS.
if (import.meta.url === `file://${process.argv[1]}`) {
  const synapseUrl = process.env.SYNAPSE_URL;
  const sharedSecret = process.env.SYNAPSE_REGISTRATION_SHARED_SECRET;
  if (!synapseUrl || !sharedSecret) {
    console.error("Set SYNAPSE_URL and SYNAPSE_REGISTRATION_SHARED_SECRET.");
    process.exit(2);
  }
  seedLists({ synapseUrl, sharedSecret }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
