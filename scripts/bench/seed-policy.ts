// Seeds the policy benchmark's Synapse: users made with the admin API and no password (no bcrypt),
// public rooms made by the console's account, and the policy that manages them all. Each user is
// in one managed room (user n in room n mod rooms); the memberships fall in three sets: the first
// `joins` users' are left for the console's apply, the next `joins` users' for the plain join
// loop, and the rest are joined here.
import { mapWithConcurrency, type SynapseClient, type SynapseHttp } from "../../lib/synapse";
import { createRoom } from "../../lib/synapse/client-rooms";

export type PolicyBenchShape = {
  users: number;
  rooms: number;
  /** Room joins left for each of the two measured sides. */
  joins: number;
  concurrency: number;
};

export type Membership = { userId: string; roomId: string };

export type SeededServer = {
  userIds: string[];
  roomIds: string[];
  /** Left for the console's apply (the plans' joins), user n's for n < joins. */
  forApply: Membership[];
  /** Left for the plain concurrent loop of admin joins, the next `joins` users'. */
  forPlainLoop: Membership[];
};

const pad = (n: number) => String(n).padStart(5, "0");
const displayName = (n: number) => `Bench User ${pad(n)}`;

function throwOnFailures(results: Array<{ ok: boolean; error?: unknown }>, what: string) {
  const failed = results.filter((result) => !result.ok);
  if (failed.length === 0) return;
  throw new Error(`${failed.length} ${what} failed; first: ${String(failed[0]?.error)}`);
}

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`[seed] ${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * The policy managing every seeded user and room; users for whom `withRoom(n)` is false are listed
 * in no room yet (their membership is not the policy's business until their turn comes).
 */
export function policyText(seeded: SeededServer, withRoom: (n: number) => boolean): string {
  const { userIds, roomIds } = seeded;
  const policy = {
    schemaVersion: 2,
    identificationStamp: "bench-policy",
    flags: {},
    managedRoomIds: roomIds,
    users: userIds.map((id, n) => ({
      id,
      active: true,
      authType: "passthrough",
      authCredential: `bench-password-${n}`,
      displayName: displayName(n),
      joinedRooms: withRoom(n) ? [{ roomId: roomIds[n % roomIds.length], powerLevel: 0 }] : [],
    })),
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/**
 * Creates the users and rooms, joins all but the two measured sets of memberships, and writes the
 * policy. `asService` acts as the console's account (the rooms' creator) without the audit guard.
 */
export async function seedPolicyServer(
  asService: { client: SynapseClient; http: SynapseHttp; token: string },
  serverName: string,
  shape: PolicyBenchShape,
): Promise<SeededServer> {
  const numbers = Array.from({ length: shape.users }, (_, n) => n);
  const userIds = numbers.map((n) => `@benchpol-${pad(n)}:${serverName}`);
  const created = await timed(`${shape.users} users (admin API, no password)`, () =>
    mapWithConcurrency(numbers, shape.concurrency, (n) =>
      asService.client.users.update(userIds[n] ?? "", { displayname: displayName(n) }),
    ),
  );
  throwOnFailures(created, "user creations");

  const roomNumbers = Array.from({ length: shape.rooms }, (_, n) => n);
  const rooms = await timed(`${shape.rooms} public rooms`, () =>
    mapWithConcurrency(roomNumbers, Math.min(shape.concurrency, 4), (n) =>
      createRoom(asService.http, asService.token, {
        name: `benchpol room ${pad(n)}`,
        preset: "public_chat",
      }),
    ),
  );
  throwOnFailures(rooms, "room creations");
  const roomIds = rooms.map((room) => (room.ok ? room.value : ""));

  const memberships = userIds.map((userId, n) => ({
    userId,
    roomId: roomIds[n % roomIds.length] ?? "",
  }));
  const forApply = memberships.slice(0, shape.joins);
  const forPlainLoop = memberships.slice(shape.joins, 2 * shape.joins);
  const rest = memberships.slice(2 * shape.joins);
  const joined = await timed(`${rest.length} other memberships (admin join)`, () =>
    mapWithConcurrency(rest, shape.concurrency, ({ userId, roomId }) =>
      asService.client.rooms.join(roomId, userId),
    ),
  );
  throwOnFailures(joined, "joins");
  return { userIds, roomIds, forApply, forPlainLoop };
}
